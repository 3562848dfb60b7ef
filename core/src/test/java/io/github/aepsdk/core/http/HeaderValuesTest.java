package io.github.aepsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The checks of values sent in headers, at their boundaries, and the display form of secrets. */
class HeaderValuesTest {

  @Test
  void printableAsciiIsSentAsItIs() {
    assertThat(HeaderValues.require("apiKey", "a b~!")).as("space inside, tilde (0x7e)").isEqualTo("a b~!");
  }

  @Test
  void aValueThatCannotBeAHeaderIsRefusedByItsSettingsNameWithoutEchoingIt() {
    assertThatThrownBy(() -> HeaderValues.require("apiKey", null)).hasMessage("apiKey must be set and non-blank");
    assertThatThrownBy(() -> HeaderValues.require("apiKey", " \t ")).hasMessage("apiKey must be set and non-blank");
    assertThatThrownBy(() -> HeaderValues.require("apiKey", "secret\u007f"))
        .hasMessage("apiKey must not contain CR, LF or other control characters");
    assertThatThrownBy(() -> HeaderValues.require("apiKey", "secret\u001f"))
        .hasMessage("apiKey must not contain CR, LF or other control characters");
    assertThatThrownBy(() -> HeaderValues.require("apiKey", "secret\u0080"))
        .hasMessage("apiKey must contain only ASCII characters (it is sent in an HTTP header)");
    assertThatThrownBy(() -> HeaderValues.require("apiKey", "secrét"))
        .hasMessage("apiKey must contain only ASCII characters (it is sent in an HTTP header)");
    assertThatThrownBy(() -> HeaderValues.require("apiKey", " secret"))
        .hasMessage("apiKey must not have leading or trailing whitespace");
    assertThatThrownBy(() -> HeaderValues.require("apiKey", "secret "))
        .hasMessage("apiKey must not have leading or trailing whitespace");
  }

  @Test
  void sandboxNamesAreLowerCaseLettersDigitsAndHyphensStartingWithALetterOrDigit() {
    String longest = "a".repeat(254);
    assertThat(HeaderValues.requireSandboxName("prod")).isEqualTo("prod");
    assertThat(HeaderValues.requireSandboxName("2-dev")).isEqualTo("2-dev");
    assertThat(HeaderValues.requireSandboxName(longest)).isEqualTo(longest);
    for (String wrong : new String[] {"Prod", "-dev", "dev_2", longest + "a"}) {
      assertThatThrownBy(() -> HeaderValues.requireSandboxName(wrong)).hasMessage(
          "sandboxName must be lower-case letters, digits and hyphens (for example 'prod'), was '" + wrong + "'");
    }
    assertThatThrownBy(() -> HeaderValues.requireSandboxName("dev\n")).hasMessage(
        "sandboxName must not contain CR, LF or other control characters");
  }

  @Test
  void anImsOrgIdEndsInAtAdobeOrg() {
    assertThat(HeaderValues.requireImsOrgId("imsOrgId", "0123456789ABCDEF01234567@AdobeOrg"))
        .isEqualTo("0123456789ABCDEF01234567@AdobeOrg");
    assertThatThrownBy(() -> HeaderValues.requireImsOrgId("imsOrgId", "0123456789ABCDEF01234567@adobeorg"))
        .hasMessage("imsOrgId must be an IMS organization id of the form <id>@AdobeOrg (the Organization ID of the"
            + " Developer Console project), was '0123456789ABCDEF01234567@adobeorg'");
    assertThatThrownBy(() -> HeaderValues.requireImsOrgId("AEP_IMS_ORG_ID", "@AdobeOrg"))
        .hasMessageStartingWith("AEP_IMS_ORG_ID must be an IMS organization id");
    assertThatThrownBy(() -> HeaderValues.requireImsOrgId("imsOrgId", "")).hasMessage("imsOrgId must be set and non-blank");
  }

  @Test
  void aSecretIsShownAsStarsAndFrom32CharactersOnWithItsLastFour() {
    String thirtyOne = "0123456789012345678901234567890";
    assertThat(HeaderValues.mask(null)).isEqualTo("null");
    assertThat(HeaderValues.mask("")).isEqualTo("****");
    assertThat(HeaderValues.mask(thirtyOne)).isEqualTo("****");
    assertThat(HeaderValues.mask(thirtyOne + "X")).isEqualTo("****890X");
  }
}
