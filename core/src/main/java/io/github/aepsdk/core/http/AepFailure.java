package io.github.aepsdk.core.http;

import io.github.aepsdk.core.error.AepException;
import java.io.IOException;

/**
 * Carries an {@link AepException} through OkHttp, whose interceptors may only throw {@link
 * IOException} (a runtime exception thrown in an interceptor of an asynchronous call would be lost
 * on the dispatcher thread). The call adapter unwraps it.
 */
final class AepFailure extends IOException {
  private static final long serialVersionUID = 1L;

  private final AepException exception;

  AepFailure(AepException exception) {
    super(exception.getMessage(), exception);
    this.exception = exception;
  }

  AepException exception() {
    return exception;
  }
}
