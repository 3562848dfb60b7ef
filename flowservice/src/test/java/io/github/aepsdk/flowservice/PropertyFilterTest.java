package io.github.aepsdk.flowservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PropertyFilterTest {

  @Test
  void anyValueButOneWithACommaIsQuotedAsItIs() {
    assertThat(PropertyFilter.equalTo("name", "CRMToAEP")).isEqualTo("name==\"CRMToAEP\"");
    assertThat(PropertyFilter.equalTo("name", "say \"hi\"")).isEqualTo("name==\"say \"hi\"\"");
    assertThat(PropertyFilter.equalTo("name", " 東京 == é ")).isEqualTo("name==\" 東京 == é \"");
    assertThat(PropertyFilter.equalTo("transformations[].params.mappingId", "m1"))
        .isEqualTo("transformations[].params.mappingId==\"m1\"");
    assertThat(PropertyFilter.canExpress("a\"b")).isTrue();
    assertThat(PropertyFilter.canExpress("a,b")).isFalse();
    assertThat(PropertyFilter.canExpress("")).isFalse();
  }

  @Test
  void refusalsNameWhatCannotBeExpressed() {
    assertThatThrownBy(() -> PropertyFilter.equalTo("name", "a,b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holds a comma").hasMessageEndingWith(": a,b");
    assertThatThrownBy(() -> PropertyFilter.equalTo("name", "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a Flow Service filter value must not be empty");
    assertThatThrownBy(() -> PropertyFilter.equalTo("name==x", "a")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("but was name==x");
  }
}
