package io.github.aepsdk.core.schemaregistry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aepsdk.core.AepClient;
import io.github.aepsdk.localplatform.LocalPlatform;
import io.github.aepsdk.schemaregistry.Container;
import io.github.aepsdk.schemaregistry.CreateSchemaRequest;
import io.github.aepsdk.schemaregistry.ResultsPage;
import io.github.aepsdk.schemaregistry.SchemaRegistryApi;
import io.github.aepsdk.schemaregistry.XdmSummary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Auto-paging a Schema Registry list past the 300 results one answer holds (API-NOTES §2), against
 * the local platform: the SDK continues with {@code start} = {@code _page.next} and always sends
 * {@code orderby} with it.
 */
class SchemaRegistryPagingOnPlatformTest {
  private static final String SCHEMAS = "/data/foundation/schemaregistry/tenant/schemas";
  private static final int COUNT = 310;

  private LocalPlatform platform;
  private AepClient aep;
  private SchemaRegistryApi registry;
  private final List<String> sent = Collections.synchronizedList(new ArrayList<>());
  private final List<String> titles = IntStream.range(0, COUNT).mapToObj(i -> String.format("Guests %03d", i))
      .collect(Collectors.toList());

  @BeforeEach
  void start() {
    platform = LocalPlatform.start();
    LocalPlatform.Credentials credentials = platform.credentials();
    aep = AepClient.builder()
        .baseUrl(platform.baseUrl())
        .imsUrl(platform.imsUrl())
        .imsOrgId(credentials.imsOrgId())
        .oauthServerToServer(credentials.clientId(), credentials.clientSecret(), credentials.scopes())
        .sandboxName("prod")
        .okHttpClient(new OkHttpClient.Builder().addInterceptor(chain -> {
          if (chain.request().url().encodedPath().equals(SCHEMAS) && chain.request().method().equals("GET")) {
            sent.add(chain.request().url().encodedQuery());
          }
          return chain.proceed(chain.request());
        }).build())
        .build();
    registry = aep.schemaRegistry();
    for (String title : titles) {
      registry.createSchema(CreateSchemaRequest.of(title, "A schema to list", "https://ns.adobe.com/xdm/context/profile", List.of()));
    }
  }

  @AfterEach
  void stop() {
    aep.close();
    platform.close();
  }

  @Test
  void autoPagingWalksPastThreeHundredSchemasWithOrderbyAndStart() {
    List<String> listed = registry.listSchemas(Container.TENANT, "title", null, null, null).autoPager().stream()
        .map(s -> s.title().orElseThrow()).collect(Collectors.toList());

    assertThat(listed).hasSize(COUNT).containsExactlyElementsOf(titles);
    assertThat(sent).containsExactly("orderby=title", "orderby=title&start=Guests%20299");
  }

  @Test
  void descendingWithALimitPagesBackwards() {
    List<String> listed = registry.listSchemas(Container.TENANT, "-title", null, 200, null).autoPager().stream()
        .map(s -> s.title().orElseThrow()).collect(Collectors.toList());

    List<String> descending = new ArrayList<>(titles);
    Collections.reverse(descending);
    assertThat(listed).containsExactlyElementsOf(descending);
    assertThat(sent).containsExactly("orderby=-title&limit=200", "orderby=-title&start=Guests%20110&limit=200");
  }

  @Test
  void nextPageOnTheFirstAnswerGivesTheRest() {
    ResultsPage<XdmSummary> first = registry.listSchemas(Container.TENANT, "title", null, null, null);

    assertThat(first.results()).hasSize(300);
    assertThat(first.next()).hasValue("Guests 299");
    ResultsPage<XdmSummary> second = first.nextPage();
    assertThat(second.results()).extracting(s -> s.title().orElseThrow()).containsExactlyElementsOf(titles.subList(300, COUNT));
    assertThat(second.hasNextPage()).isFalse();
  }
}
