package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.processor.diagnostic.ErrorId;
import dev.kiln.processor.diagnostic.Messages;
import dev.kiln.processor.diagnostic.Problem;
import org.junit.jupiter.api.Test;

/**
 * Message texts that no compilation can provoke on purpose: an internal error happens only when
 * the processor has a bug, so its text is checked here instead of through javac.
 */
class MessagesTest {
  @Test
  void internalErrorNamesTheFailureWhereItHappenedAndWhatToDo() {
    IllegalStateException failure = new IllegalStateException("unexpected mirror");
    Problem problem = Messages.internalError(failure, null);
    assertThat(problem.id()).isEqualTo(ErrorId.INTERNAL_ERROR);
    assertThat(problem.headline()).isEqualTo(
        "[Kiln/InternalError] The Kiln processor failed: java.lang.IllegalStateException:"
            + " unexpected mirror");
    assertThat(problem.message()).contains("\n  at dev.kiln.processor.MessagesTest.");
    assertThat(problem.message()).contains("This is a bug in Kiln, not in your code.");
    assertThat(problem.message()).contains("\n  Fix: report it with this message");
  }

  @Test
  void everyIdHasItsBracketedTag() {
    for (ErrorId id : ErrorId.values()) {
      assertThat(id.tag()).isEqualTo("[Kiln/" + id.id() + "]");
      assertThat(id.summary()).isNotEmpty();
    }
  }
}
