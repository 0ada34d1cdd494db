package org.ganlab.core.autograd;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.IValueUtils;
import ai.djl.pytorch.jni.JniUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;

/**
 * {@code torch.autograd.grad(sum(y), x, create_graph=True)}, which DJL's JNI lacks, reached through a
 * TorchScript module shipped as the resource {@code input_grad.pt.b64} (written by
 * {@code make_input_grad.py} beside it; base64 because gan-core's resources are filtered). Unlike a
 * backward pass it writes into no tensor's {@code .grad}, so it leaves no reference cycle behind.
 */
final class InputGradient {

  private static final String RESOURCE = "input_grad.pt.b64";

  private InputGradient() {}

  /**
   * Returns d(sum(output))/d(input), attached to the graph.
   *
   * @param output an array computed from {@code input} while recording
   * @param input an array that requires a gradient
   * @return the gradient, same shape as {@code input}, in the manager of {@code output}
   */
  static NDArray of(NDArray output, NDArray input) {
    NDList result = IValueUtils.forward(Module.INSTANCE, new NDList(output, input), true);
    return result.singletonOrThrow();
  }

  /** Loads the module once per JVM, on first use (the JVM's class initialisation is thread-safe). */
  private static final class Module {
    static final PtSymbolBlock INSTANCE = load();

    private static PtSymbolBlock load() {
      byte[] encoded;
      try (InputStream in = InputGradient.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE + " next to " + InputGradient.class);
        }
        encoded = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
      byte[] module = Base64.getMimeDecoder().decode(encoded);
      PtNDManager manager = (PtNDManager) NDManager.newBaseManager("PyTorch");
      try {
        return JniUtils.loadModule(manager, new ByteArrayInputStream(module), true, false);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load " + RESOURCE, e);
      }
    }
  }
}
