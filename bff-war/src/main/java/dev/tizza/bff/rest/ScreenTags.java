package dev.tizza.bff.rest;

import dev.tizza.platform.EntityTags;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/**
 * Entity tags of whole screens: a digest of what the screen says, so that a browser holding the
 * same screen is answered {@code 304} without its body. The backends are asked all the same;
 * what is saved is the bytes to the browser and its rendering.
 */
final class ScreenTags {

  private static final Jsonb JSON = JsonbBuilder.create();

  private ScreenTags() {
  }

  /** The screen with its tag, or a {@code 304} when {@code ifNoneMatch} names that tag. */
  static Response.ResponseBuilder okOrNotModified(Object screen, String ifNoneMatch) {
    EntityTag tag = new EntityTag(EntityTags.digest(JSON.toJson(screen)));
    Response.ResponseBuilder answer = EntityTags.matches(ifNoneMatch, tag.getValue(), false)
        ? Response.notModified() : Response.ok(screen);
    return answer.tag(tag);
  }
}
