package dev.tizza.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses request bodies larger than {@code request.max.bytes} (env {@code REQUEST_MAX_BYTES},
 * 64 KiB by default) with 413 before they are read, whether or not they declare their length.
 */
@Provider
@PreMatching
public class RequestBodyLimit implements ContainerRequestFilter {

  private final long maxBytes = ConfigProvider.getConfig()
      .getOptionalValue("request.max.bytes", Long.class).orElse(65_536L);

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > maxBytes) {
      throw tooLarge(maxBytes);
    }
    request.setEntityStream(new Limited(request.getEntityStream(), maxBytes));
  }

  static ProblemException tooLarge(long maxBytes) {
    return new ProblemException(ProblemKind.PAYLOAD_TOO_LARGE,
        "The request body may have at most " + maxBytes + " bytes.");
  }

  /** Counts what is read and fails once the limit is passed. */
  static final class Limited extends FilterInputStream {

    private final long maxBytes;
    private long read;

    Limited(InputStream in, long maxBytes) {
      super(in);
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int next = super.read();
      if (next >= 0) {
        count(1);
      }
      return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int count = super.read(buffer, offset, length);
      if (count > 0) {
        count(count);
      }
      return count;
    }

    @Override
    public long skip(long length) throws IOException {
      long skipped = super.skip(length);
      count(skipped);
      return skipped;
    }

    private void count(long bytes) {
      read += bytes;
      if (read > maxBytes) {
        throw tooLarge(maxBytes);
      }
    }
  }
}
