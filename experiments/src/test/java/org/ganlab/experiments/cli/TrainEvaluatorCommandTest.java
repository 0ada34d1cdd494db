package org.ganlab.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ganlab.core.config.ConfigJson;
import org.ganlab.core.io.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainEvaluatorCommandTest {

  @Test
  void writesAConsistentParamsAndJsonPair(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("tmp");
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new GanlabCli());
    commandLine.setErr(new PrintWriter(err));
    commandLine.setOut(new PrintWriter(new StringWriter()));
    String[] args = {"train-evaluator", "--data", "shapes", "--steps", "5", "--threads", "1",
        "--n-test", "200", "--out", out.toString()};

    int code = commandLine.execute(args);

    assertThat(code).isEqualTo(0);
    byte[] params = Files.readAllBytes(out.resolve("shapes-cnn.params"));
    JsonNode json = ConfigJson.json().readTree(out.resolve("shapes-cnn.json").toFile());
    assertThat(json.get("schema_version").asInt()).isEqualTo(1);
    assertThat(json.get("name").asText()).isEqualTo("shapes-cnn");
    assertThat(json.get("sha256").asText()).isEqualTo(AtomicFiles.sha256(params));
    assertThat(json.get("n_test").asInt()).isEqualTo(200);
    assertThat(json.get("test_accuracy").asDouble()).isBetween(0.0, 1.0);
    assertThat(json.get("heldout_check").get("n").asInt()).isEqualTo(512);
    assertThat(json.get("steps").asInt()).isEqualTo(5);
    assertThat(json.get("threads").asInt()).isEqualTo(1);
    assertThat(json.get("command").asText()).isEqualTo("ganlab " + String.join(" ", args));
    assertThat(err.toString()).contains("step 5/5");
  }

  @Test
  void unknownDataExitsWithTwoAndWritesNothing(@TempDir Path dir) {
    Path out = dir.resolve("tmp");

    int code = GanlabCli.run("train-evaluator", "--data", "mnist", "--out", out.toString());

    assertThat(code).isEqualTo(2);
    assertThat(out).doesNotExist();
  }
}
