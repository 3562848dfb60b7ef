package io.github.aepsdk.schemaregistry;

/**
 * {@code $id}s of standard (global container) XDM resources used when composing classes and
 * schemas, as they appear in Adobe's Schema Registry documentation.
 */
public final class XdmIds {
  private XdmIds() {}

  /** The XDM Individual Profile class. */
  public static final String PROFILE = "https://ns.adobe.com/xdm/context/profile";

  /** The XDM ExperienceEvent class. */
  public static final String EXPERIENCE_EVENT = "https://ns.adobe.com/xdm/context/experienceevent";

  /** A standard field group for XDM Individual Profile ("Demographic Details": name, gender, birth date). */
  public static final String PROFILE_PERSON_DETAILS = "https://ns.adobe.com/xdm/context/profile-person-details";

  /** A standard field group for XDM Individual Profile (personal contact details), used by the marketing-automation source tutorial. */
  public static final String PROFILE_PERSONAL_DETAILS = "https://ns.adobe.com/xdm/context/profile-personal-details";

  /** The record behavior: a class of attributes of a subject. */
  public static final String RECORD_BEHAVIOR = "https://ns.adobe.com/xdm/data/record";

  /** The time-series behavior: a class of events at a point in time. */
  public static final String TIME_SERIES_BEHAVIOR = "https://ns.adobe.com/xdm/data/time-series";

  /** The ad-hoc behavior: a class whose fields are namespaced for a single dataset. */
  public static final String ADHOC_BEHAVIOR = "https://ns.adobe.com/xdm/data/adhoc";
}
