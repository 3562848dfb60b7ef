package io.github.aepsdk.core.ingestion;

/**
 * Which of Adobe's two descriptions of the marketing automation steps a {@link
 * MarketingAutomationIngestion} sends where they differ; chosen with {@link
 * MarketingAutomationIngestion.Builder#requestForm(RequestForm)}. The steps they share (base
 * connection, ad-hoc class and schema, flow spec look-up, dataflow) are the same in both.
 *
 * <p>The default is {@link #CURRENT_DOCS}: the official Flow Service spec's {@code
 * CreateTargetConnectionRequest} has no {@code baseConnectionId}, and its {@code connectionSpec.id}
 * is the Data Lake's ({@code c604ff05-7f1a-43c0-8e18-33bf874cb11c}, "This ID value is fixed"; Flow
 * Service's error catalog answers any other one with {@code 1307-400}). The tutorial's target
 * connection names the marketing automation connection spec, which that check refuses unless the
 * service still honours the dataset base connection it is bound to.
 */
public enum RequestForm {
  /**
   * The current docs and the official specs. From the current marketing automation doc ("Collect
   * marketing automation data", revision {@code 744d87c}) and the Flow Service spec: no dataset base
   * connection at all ({@link IngestionStep#DATASET_BASE_CONNECTION} is not taken); a Data Lake
   * target connection without {@code baseConnectionId}, its schema referenced as {@code
   * application/vnd.adobe.xed-full+json;version=1}; the source connection in {@link
   * MarketingAutomationIngestion.Builder#format(String)} (default {@code tabular}). That doc prints no
   * target schema or dataset body and still prints the legacy mapping set, so those follow the
   * Schema Registry guide (the target schema as {@code title}, {@code description}, {@code type} and
   * {@code allOf}), the Catalog spec (the dataset with a {@code description}) and the Data Prep
   * mapping set guide and spec (the current shape: {@code outputSchema}, mappings of {@code
   * sourceType}/{@code source}/{@code destination}).
   */
  CURRENT_DOCS,

  /**
   * The tutorial this project implements, Adobe's 2020 revision ({@code shared/aep-reference/tutorial},
   * source commit {@code 2f7961a}), request for request: the source connection's {@code data} is
   * {@code parquet_xdm} with the ad-hoc schema as {@code application/vnd.adobe.xed-full-notext+json;
   * version=1}; the target schema also carries {@code meta:containerId}, {@code meta:resourceType},
   * {@code meta:xdmType} and {@code meta:class}; the dataset references it as {@code
   * application/vnd.adobe.xed-full-notext+json; version=1}, without a description; a dataset base
   * connection (Data Lake) is created and the target connection references it as {@code
   * baseConnectionId} (never the source's base connection, as the tutorial's IMPORTANT note says), with
   * {@code data.format} {@code parquet_xdm}, the schema as {@code
   * application/vnd.adobe.xed-full+json;version=1.0} and the marketing automation connection spec; the
   * mapping set has the legacy shape ({@code version}, {@code xdmSchema}, {@code xdmVersion} {@code
   * 1.0}, mappings of {@code destinationXdmPath}/{@code sourceAttribute}/{@code identity}/{@code
   * version}).
   */
  TUTORIAL_2020
}
