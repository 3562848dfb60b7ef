package io.github.aepsdk.localplatform;

import static io.github.aepsdk.localplatform.Json.obj;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Connection specs and flow specs created through the API ({@code POST /connectionSpecs}, {@code PUT
 * /connectionSpecs/{id}}, {@code POST /flowSpecs}, {@code PUT /flowSpecs/{id}}, {@code POST
 * /flowSpecs/search}), beside the built-in ones of {@link FlowSpecs}.
 *
 * <p>A create answers {@code 201} with the whole spec (the spec's {@code ConnectionSpecItemDTO} /
 * {@code FlowSpecItemDTO}, as its examples show), with an id and the metadata every Flow Service
 * entity carries; {@code name} and {@code providerId} are required ({@code 1304-400}). A PUT
 * replaces the client's members and answers {@code 200} with the spec; Adobe's own specs cannot be
 * replaced ({@code 2120-403}). The specs live in their sandbox and are listed after the built-in ones.
 * The platform does not let connections or flows use created specs: they have no connector behind them.
 */
final class CustomSpecs {
  /** Members of a created spec the server owns; a PUT keeps them. */
  private static final List<String> SERVER_OWNED = List.of("id", "createdAt", "createdBy", "createdClient",
      "sandboxId", "sandboxName", "imsOrgId");

  private final Context ctx;

  CustomSpecs(Context ctx) {
    this.ctx = ctx;
  }

  void register(Router router) {
    router
        .on("POST", "connectionSpecs", c -> create(c, c.sandbox.connectionSpecs))
        .on("PUT", "connectionSpecs/{id}", c -> replace(c, c.sandbox.connectionSpecs, "connectionSpecs",
            FlowSpecs.connectionSpec(c.param("id"))))
        .on("POST", "flowSpecs", c -> create(c, c.sandbox.flowSpecs))
        .on("PUT", "flowSpecs/{id}", c -> replace(c, c.sandbox.flowSpecs, "flowSpecs", FlowSpecs.flowSpec(c.param("id"))))
        .on("POST", "flowSpecs/search", c -> FlowSearch.search(c, "flowSpecs", flowSpecs(c.sandbox)));
  }

  /** The built-in connection specs, then the sandbox's. */
  static List<Map<String, Object>> connectionSpecs(SandboxState sandbox) {
    return all(FlowSpecs.connectionSpecs(), sandbox.connectionSpecs);
  }

  /** The built-in flow specs, then the sandbox's. */
  static List<Map<String, Object>> flowSpecs(SandboxState sandbox) {
    return all(FlowSpecs.flowSpecs(), sandbox.flowSpecs);
  }

  /** A built-in or the sandbox's connection spec, or null. */
  static Map<String, Object> connectionSpec(SandboxState sandbox, String id) {
    Map<String, Object> builtIn = FlowSpecs.connectionSpec(id);
    return builtIn != null ? builtIn : sandbox.connectionSpecs.get(id);
  }

  /** A built-in or the sandbox's flow spec, or null. */
  static Map<String, Object> flowSpec(SandboxState sandbox, String id) {
    Map<String, Object> builtIn = FlowSpecs.flowSpec(id);
    return builtIn != null ? builtIn : sandbox.flowSpecs.get(id);
  }

  private static List<Map<String, Object>> all(List<Object> builtIn, Map<String, Map<String, Object>> created) {
    List<Map<String, Object>> out = new ArrayList<>();
    builtIn.forEach(t -> out.add(Json.map(t)));
    out.addAll(created.values());
    return out;
  }

  private Reply create(Call c, Map<String, Map<String, Object>> store) {
    Map<String, Object> body = checked(c);
    Map<String, Object> spec = FlowService.entity(ctx, c);
    body.forEach((name, value) -> spec.putIfAbsent(name, Json.copy(value)));
    store.put((String) spec.get("id"), spec);
    return Reply.json(201, Json.copy(spec));
  }

  private Reply replace(Call c, Map<String, Map<String, Object>> store, String type, Map<String, Object> builtIn) {
    String id = c.param("id");
    if (builtIn != null) {
      throw Errors.flow(403, "2120", "Forbidden", "You do not have sufficient permissions to perform the operation."
          + " Please contact your administrator to resolve permissions and try again.", null);
    }
    Map<String, Object> current = store.get(id);
    if (current == null) {
      throw Errors.flowNotFound(type, id);
    }
    Map<String, Object> body = checked(c);
    Map<String, Object> spec = obj();
    SERVER_OWNED.forEach(name -> spec.put(name, current.get(name)));
    spec.put("updatedAt", ctx.now());
    spec.put("updatedBy", c.client);
    spec.put("updatedClient", c.client);
    body.forEach((name, value) -> spec.putIfAbsent(name, Json.copy(value)));
    store.put(id, spec);
    return Reply.ok(Json.copy(spec));
  }

  /** The body of a create or PUT, with its required {@code name} and {@code providerId} ({@code 1304-400}). */
  private static Map<String, Object> checked(Call c) {
    Map<String, Object> body = c.object();
    FlowRules.requireName(body);
    Object providerId = body.get("providerId");
    if (!(providerId instanceof String) || ((String) providerId).isBlank()) {
      throw FlowRules.mandatory("providerId");
    }
    return body;
  }
}
