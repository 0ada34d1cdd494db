package org.ganlab.experiments.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Known answers of the three escapers: XHTML, Markdown and LaTeX. */
class EscapingTest {

  @Test
  void xhtmlEscapesMarkupQuotesAndCharactersXmlForbids() {
    assertThat(Xhtml.escape("<script>alert('x' & \"y\")</script>"))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39; &amp; &quot;y&quot;)&lt;/script&gt;");
    assertThat(Xhtml.escape("a\u0000b\u001bc\td\ne")).isEqualTo("a\uFFFDb\uFFFDc\td\ne");
    assertThat(Xhtml.escape("lone \uD800 surrogate, pair \uD83D\uDE00"))
        .isEqualTo("lone \uFFFD surrogate, pair \uD83D\uDE00");
  }

  @Test
  void markdownBackslashEscapesFormattingAndTableCharacters() {
    assertThat(MarkdownSummary.escape("kid_mean | *x* <b>\nnext"))
        .isEqualTo("kid\\_mean \\| \\*x\\* \\<b\\> next");
  }

  @Test
  void latexEscapesItsSpecialCharacters() {
    assertThat(LatexSummary.escape("50% of $x_1 & {y} #2 ~ ^ \\ <>"))
        .isEqualTo("50\\% of \\$x\\_1 \\& \\{y\\} \\#2 \\textasciitilde{} \\textasciicircum{}"
            + " \\textbackslash{} \\textless{}\\textgreater{}");
  }
}
