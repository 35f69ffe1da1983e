package dev.tizza.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Entity tags as HTTP compares them in If-None-Match and If-Match (RFC 9110). */
public final class EntityTags {

  private EntityTags() {
  }

  /** A short, stable tag value for some text: the start of its SHA-256. */
  public static String digest(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      return "p" + HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("Every Java runtime has SHA-256", missing);
    }
  }

  /**
   * Whether a list of entity tags names {@code current}: all of the tag, or with
   * {@code versionOnly} the part before its first dot and a strong comparison (weak tags never
   * match then).
   */
  public static boolean matches(String header, String current, boolean versionOnly) {
    if (header == null) {
      return false;
    }
    for (String candidate : header.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*")) {
        return true;
      }
      boolean weak = tag.startsWith("W/");
      if (weak && versionOnly) {
        continue;
      }
      tag = weak ? tag.substring(2) : tag;
      if (tag.length() < 2 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
        continue;
      }
      tag = tag.substring(1, tag.length() - 1);
      if (versionOnly) {
        int dot = tag.indexOf('.');
        tag = dot < 0 ? tag : tag.substring(0, dot);
      }
      if (tag.equals(current)) {
        return true;
      }
    }
    return false;
  }
}
