import { createThemeTagger } from '../src/analytics/themes/index';
import { generateOrganisation } from '../src/demo/generate-organisation';

const org = generateOrganisation({ seed: 7, respondents: 6000, pulses: 1 });
const synthetic = [...new Set((org.pulses[0]?.answers ?? []).map((a) => a.definition))];
const t = createThemeTagger();
t.tag('warm up');
for (const s of synthetic) t.tag(s);
let best = 0;
for (let r = 0; r < 5; r++) {
  const c = process.cpuUsage();
  for (const s of synthetic) t.tag(s);
  const u = process.cpuUsage(c);
  best = Math.max(best, synthetic.length / ((u.user + u.system) / 1e6));
}
console.log('cpu-rate', Math.round(best));
