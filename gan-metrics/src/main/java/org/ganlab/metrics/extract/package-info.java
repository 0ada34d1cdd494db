/** Feature extractors: ganlab's evaluator CNNs and user-supplied TorchScript models. */
package org.ganlab.metrics.extract;
