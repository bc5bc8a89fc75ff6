// jar-without-jre: the image runs `java -jar app.jar` and has no Java runtime on its PATH.
import type { Finding } from '../../types';
import type { FindingRule } from './context';
import { analyzeLaunch, rootFromLine } from './runtime';
import { fromWhat, shown, stageWith } from './runtime-words';

export const jarWithoutJre: FindingRule = (ctx) => {
  const a = analyzeLaunch(ctx);
  const out: Finding[] = [];
  for (const p of a.problems) {
    if (p.kind !== 'missing' || p.runtime !== 'java' || p.role === 'script') continue;
    const l = a.launch!;
    const jar = l.argv[l.argv.indexOf('-jar') + 1];
    const left = stageWith(ctx, 'java');
    out.push({
      rule: 'jar-without-jre',
      severity: 'error',
      message: p.javaHome
        ? `${shown(l)} at line ${l.line} runs java, and the image has ${p.javaHome} (JAVA_HOME), but no PATH directory leads to it, so the container fails to start: exec: "java": executable file not found in $PATH.`
        : `${shown(l)} at line ${l.line} runs java${jar ? ` -jar ${jar}` : ''}, but the final image has no Java runtime (${fromWhat(ctx)}${left ? `; java stayed behind in ${left}` : ''}): a JAR is bytecode and needs a JRE to run. The container fails to start: exec: "java": executable file not found in $PATH.`,
      line: l.line,
      surface: 'container start',
      stage: ctx.plan.target,
      field: l.field,
      path: 'java',
      fix: p.javaHome
        ? `Add the JRE to PATH (\`ENV PATH=${p.javaHome.slice(0, -'/java'.length)}:$PATH\`) or start it by its full path: \`${l.ins?.keyword ?? 'CMD'} ["${p.javaHome}", "-jar", "${jar ?? 'app.jar'}"]\`.`
        : `Use a JRE image for the final stage (at line ${rootFromLine(ctx)}), for example \`FROM eclipse-temurin:21-jre\` or \`FROM gcr.io/distroless/java21-debian12\`, and copy only the JAR into it.`,
    });
  }
  return out;
};
