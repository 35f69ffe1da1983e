package dev.tizza.pizza.rest;

import dev.tizza.platform.EntityTags;
import dev.tizza.platform.ProblemException;
import dev.tizza.platform.ProblemKind;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Entity tags and cache rules. The tag of a stored thing starts with its version, the number
 * its row counts edits by; a suffix tells apart representations that change without an edit
 * (a like count, a campaign's status). {@code If-Match} compares the version only, so a like
 * given since a creator read a pizza does not make their edit stale.
 */
final class Versions {

  /** How long caches may keep each kind of answer. */
  enum Caching {
    /** Feed pages change with every new pizza and like; a short reuse saves most requests. */
    FEED("public, max-age=10"),
    /** Things creators edit: always revalidated, cheap with If-None-Match. */
    EDITABLE("public, no-cache"),
    /** Pizzerias change rarely. */
    PIZZERIA("public, max-age=60"),
    /** Set by the deployment, changes on restart at most. */
    OPTIONS("public, max-age=300"),
    /** Someone's own likes: never in a shared cache. */
    PERSONAL("private, no-store");

    private final CacheControl header;

    Caching(String value) {
      this.header = CacheControl.valueOf(value);
    }

    CacheControl header() {
      return header;
    }
  }

  private Versions() {
  }

  static EntityTag tag(long version, Object detail) {
    return new EntityTag(detail == null ? Long.toString(version) : version + "." + detail);
  }

  /** A tag for a list, from what tells its items apart and their versions. */
  static EntityTag tagOfAll(List<?> versionsOfItems) {
    return new EntityTag(EntityTags.digest(versionsOfItems.toString()));
  }

  /** 200 with the body, or 304 when the caller's copy has the same tag. */
  static Response okOrNotModified(String ifNoneMatch, EntityTag tag, Caching caching,
      Object body) {
    Response.ResponseBuilder answer = EntityTags.matches(ifNoneMatch, tag.getValue(), false)
        ? Response.notModified()
        : Response.ok(body);
    return answer.tag(tag).cacheControl(caching.header()).build();
  }

  /** Refuses a change unless If-Match names the current version: 428 missing, 412 stale. */
  static void requireCurrent(String ifMatch, long version) {
    // "*" would let a change through whatever it was based on: the lost update this prevents.
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      throw new ProblemException(ProblemKind.PRECONDITION_REQUIRED,
          "Send the ETag you last read in If-Match.");
    }
    if (!EntityTags.matches(ifMatch, Long.toString(version), true)) {
      throw new ProblemException(ProblemKind.PRECONDITION_FAILED,
          "It changed since you read it; read it again and reapply your change.");
    }
  }
}
