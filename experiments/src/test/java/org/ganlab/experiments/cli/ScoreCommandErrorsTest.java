package org.ganlab.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input to {@code ganlab score} exits with code 2, prints nothing on stdout and one line on stderr
 * that names the problem.
 */
class ScoreCommandErrorsTest {
  private static final String DIR = "{dir}";
  private static final String NPY = "{npy}";

  @TempDir static Path dir;

  /** A bad call and a fragment its error line must contain. */
  record BadCall(List<String> args, String message) {}

  @BeforeAll
  static void writeFiles() throws Exception {
    write("good.csv", "0,0\n1,0\n0,1\n1,1\n2,2\n3,1\n");
    write("ragged.csv", "0,0\n1,0\n0\n1,1\n");
    write("word.csv", "0,0\n1,zero\n0,1\n");
    write("header.csv", "x,y\n0,0\n1,1\n");
    write("nan.csv", "0,0\n1,NaN\n0,1\n");
    write("inf.csv", "0,0\n1,Infinity\n0,1\n");
    write("three_columns.csv", "0,0,0\n1,0,0\n0,1,0\n1,1,0\n2,2,0\n");
    write("three_rows.csv", "0,0\n1,0\n0,1\n");
    write("one_row.csv", "0,0\n");
    write("empty.csv", "\n\n");
    write("labels.csv", "0\n3\n12\n");
    write("labels_text.csv", "0\ncat\n");
    write("pixels_300.csv", "0,300,0,0\n");
    write("pixels_4.csv", "0,10,20,30\n");
    write("pixels_4x2.csv", "0,10,20,30\n1,11,21,31\n");
    write("good.npy", "0,0\n1,0\n0,1\n1,1\n2,2\n3,1\n");
    Files.createDirectories(dir.resolve("images"));
  }

  static Stream<Named<BadCall>> cases() {
    List<Named<BadCall>> cases = new ArrayList<>();
    String good = DIR + "/good.csv";
    add(cases, "ragged rows", "line 3 has 1 values but line 1 has 2",
        "fid", "--real", DIR + "/ragged.csv", "--fake", good);
    add(cases, "non-numeric cell", "line 2, column 2 is 'zero', not a number",
        "fid", "--real", good, "--fake", DIR + "/word.csv");
    add(cases, "header line", "line 1, column 1 is 'x', not a number",
        "fid", "--real", DIR + "/header.csv", "--fake", good);
    add(cases, "NaN cell", "is NaN; values must be finite",
        "fid", "--real", DIR + "/nan.csv", "--fake", good);
    add(cases, "infinite cell", "is Infinity; values must be finite",
        "kid", "--real", good, "--fake", DIR + "/inf.csv");
    add(cases, "NaN in npy", "values must be finite",
        "fid", "--real", NPY + "/bad_nan.npy", "--fake", good);
    add(cases, "empty file", "holds no rows",
        "fid", "--real", DIR + "/empty.csv", "--fake", good);
    add(cases, "dimension mismatch", "--real has 2 columns but --fake has 3",
        "precision_recall", "--real", good, "--fake", DIR + "/three_columns.csv");
    add(cases, "fewer rows than k + 1", "fake has 3 rows, needs at least 4",
        "precision_recall", "--real", good, "--fake", DIR + "/three_rows.csv");
    add(cases, "fewer rows than k + 1 for --k", "real has 6 rows, needs at least 7",
        "density_coverage", "--real", good, "--fake", good, "--k", "6");
    add(cases, "too few rows for a KID subset", "kid needs at least 2 rows",
        "kid", "--real", DIR + "/one_row.csv", "--fake", good);
    add(cases, "KID subset size 1", "--kid-subset-size must be >= 2",
        "kid", "--real", good, "--fake", good, "--kid-subset-size", "1");
    add(cases, "missing file", "file not found",
        "fid", "--real", DIR + "/nowhere.csv", "--fake", good);
    add(cases, "unknown metric", "unknown metric 'fdi'; known: fid, kid",
        "fdi", "--real", good, "--fake", good);
    add(cases, "fid without --fake", "metric fid needs --real and --fake",
        "fid", "--real", good);
    add(cases, "is without logits", "metric is needs --logits or --probs", "is");
    add(cases, "is with logits and probs", "--logits or --probs, not both",
        "is", "--logits", good, "--probs", good);
    add(cases, "modes without --dataset", "metric modes needs --fake (2-D points) and --dataset",
        "modes", "--fake", good);
    add(cases, "unknown dataset", "--dataset must be one of [ring8, grid25], found 'ring9'",
        "modes", "--fake", good, "--dataset", "ring9");
    add(cases, "modes on 3-D points", "has 3 columns; modes needs 2-D points",
        "modes", "--fake", DIR + "/three_columns.csv", "--dataset", "ring8");
    add(cases, "labels without --num-classes", "needs --num-classes",
        "class_coverage", "--labels", DIR + "/labels.csv");
    add(cases, "label out of range", "labels[2] must be in [0, 10), found 12",
        "class_coverage", "--labels", DIR + "/labels.csv", "--num-classes", "10");
    add(cases, "label not an integer", "line 2 is 'cat', not an integer label",
        "class_coverage", "--labels", DIR + "/labels_text.csv", "--num-classes", "10");
    add(cases, "reference of the wrong length", "reference must have 13 entries, found 2",
        "class_coverage", "--labels", DIR + "/labels.csv", "--num-classes", "13",
        "--reference", DIR + "/one_row.csv");
    add(cases, "option no metric uses", "--k does not apply to --metrics fid",
        "fid", "--real", good, "--fake", good, "--k", "3");
    add(cases, "pixel rows without --shape", "pixel rows need --shape C,H,W",
        "psnr", "--real", DIR + "/pixels_4.csv", "--fake", DIR + "/pixels_4.csv");
    add(cases, "bad --shape", "--shape must be C,H,W (positive integers), found '1,28'",
        "psnr", "--real", DIR + "/pixels_4.csv", "--fake", DIR + "/pixels_4.csv", "--shape", "1,28");
    add(cases, "row length against --shape", "rows have 4 values but --shape [1, 28, 28] needs 784",
        "ssim", "--real", DIR + "/pixels_4.csv", "--fake", DIR + "/pixels_4.csv", "--shape",
        "1,28,28");
    add(cases, "pixel above --scale", "row 1, column 2 is 300.0, outside [0, --scale 255.0]",
        "psnr", "--real", DIR + "/pixels_300.csv", "--fake", DIR + "/pixels_4.csv", "--shape",
        "1,2,2");
    add(cases, "image sets of different shapes", "image sets differ in shape",
        "psnr", "--real", DIR + "/pixels_4.csv", "--fake", DIR + "/pixels_4x2.csv", "--shape",
        "1,2,2");
    add(cases, "images without --extractor", "holds images; feature metrics need --extractor",
        "fid", "--real", DIR + "/images", "--fake", good);
    add(cases, "missing torchscript file", "no readable file at",
        "fid", "--real", DIR + "/pixels_4.csv", "--fake", DIR + "/pixels_4.csv", "--shape",
        "1,2,2", "--extractor", "torchscript", "--extractor-path", DIR + "/no-such-model.pt");
    add(cases, "unknown extractor", "--extractor must be one of",
        "fid", "--real", good, "--fake", good, "--extractor", "inception");
    add(cases, "torchscript without a path", "--extractor torchscript needs --extractor-path",
        "fid", "--real", good, "--fake", good, "--extractor", "torchscript");
    add(cases, "extractor input size out of range", "--input-size must be in [8, 1024]",
        "fid", "--real", good, "--fake", good, "--extractor", "torchscript", "--extractor-path",
        good, "--input-size", "4");
    add(cases, "npy big-endian", "dtype '>f8' is not supported",
        "fid", "--real", NPY + "/bad_big_endian.npy", "--fake", good);
    add(cases, "npy int32", "dtype '<i4' is not supported",
        "fid", "--real", NPY + "/bad_int32.npy", "--fake", good);
    add(cases, "npy Fortran order", "Fortran-order arrays are not supported",
        "fid", "--real", NPY + "/bad_fortran.npy", "--fake", good);
    add(cases, "npy rank 3", "array has 3 dimensions, expected 2",
        "fid", "--real", NPY + "/bad_rank3.npy", "--fake", good);
    add(cases, "csv named .npy", "not a .npy file",
        "fid", "--real", DIR + "/good.npy", "--fake", good);
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void exitsWithTwoAndOneLine(BadCall call) throws Exception {
    Path npy = Path.of(ScoreCommandErrorsTest.class.getResource("/score/bad_nan.npy").toURI())
        .getParent();
    String[] args = call.args().stream()
        .map(a -> a.replace(DIR, dir.toString()).replace(NPY, npy.toString()))
        .toArray(String[]::new);

    CliRun run = CliRun.of(args);

    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList()).hasSize(1);
    assertThat(run.err()).startsWith("error: ").contains(call.message());
  }

  private static void add(List<Named<BadCall>> cases, String name, String message,
      String metrics, String... rest) {
    List<String> args = new ArrayList<>(List.of("score", "--metrics", metrics));
    args.addAll(List.of(rest));
    cases.add(Named.of(name, new BadCall(args, message)));
  }

  private static void write(String name, String text) throws Exception {
    Files.writeString(dir.resolve(name), text);
  }
}
