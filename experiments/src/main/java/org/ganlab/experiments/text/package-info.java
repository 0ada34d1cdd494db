/** Plain-text layout shared by the commands that print tables to a terminal. */
package org.ganlab.experiments.text;
