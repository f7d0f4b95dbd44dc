/** Tests of the {@code agendacheck} launcher script: the JDK and JVM options it picks. */
package org.agendacheck.launcher;
