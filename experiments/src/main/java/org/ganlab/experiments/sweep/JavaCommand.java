package org.ganlab.experiments.sweep;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that starts another JVM like this one: this JVM's {@code java}, its heap options, its
 * {@code ai.djl.*}, {@code ganlab.*}, {@code DJL_CACHE_DIR}, {@code ENGINE_CACHE_DIR} and
 * {@code java.awt.headless} system properties, and its class path. A sweep's worker JVMs and its SLURM
 * tasks are started this way, so they run the same code with the same settings.
 */
public final class JavaCommand {
  private static final List<String> PROPERTY_PREFIXES = List.of("ai.djl.", "ganlab.");
  private static final List<String> PROPERTIES =
      List.of("java.awt.headless", "DJL_CACHE_DIR", "ENGINE_CACHE_DIR");
  private static final List<String> JVM_OPTION_PREFIXES = List.of("-Xmx", "-Xms", "-Xss");

  private JavaCommand() {}

  /**
   * Builds the command line up to the main class.
   *
   * @param mainClass the main class to run
   * @return {@code java [heap options] [-Dproperties] -cp CLASSPATH MAIN}
   */
  public static List<String> of(String mainClass) {
    List<String> line = new ArrayList<>();
    line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(arg -> JVM_OPTION_PREFIXES.stream().anyMatch(arg::startsWith))
        .forEach(line::add);
    System.getProperties().stringPropertyNames().stream().sorted()
        .filter(name -> PROPERTIES.contains(name)
            || PROPERTY_PREFIXES.stream().anyMatch(name::startsWith))
        .forEach(name -> line.add("-D" + name + "=" + System.getProperty(name)));
    line.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
    return line;
  }
}
