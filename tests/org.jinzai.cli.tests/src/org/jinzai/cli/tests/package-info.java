/** Tests of the command line as a planner uses it: every command on the examples, wrong input, files written atomically, reports read back, charts. */
package org.jinzai.cli.tests;
