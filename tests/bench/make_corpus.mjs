// Writes a deterministic synthetic corpus for the benchmark: N documents in each of 8
// languages, as a press project and as an equivalent Hugo site. Same seed, same bytes.
// Usage: node make_corpus.mjs N OUT_DIR
import { mkdirSync, writeFileSync, rmSync, cpSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const perLanguage = Number(process.argv[2] ?? 100);
const out = process.argv[3] ?? 'bench-corpus';
const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// A small linear congruential generator: the same seed gives the same corpus everywhere.
let state = 20261124;
const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (low, high) => low + Math.floor(random() * (high - low + 1));

// Words per script: spaces between words where the language uses them, none in Chinese,
// Thai and Burmese (which put spaces between phrases, not words).
const languages = {
  en: { words: 'people rights health policy prison drug court law community service support data women children reform state report dialogue region treatment access justice'.split(' '), join: ' ', end: '.' },
  es: { words: 'personas derechos salud política cárcel drogas tribunal ley comunidad servicio apoyo datos mujeres niños reforma estado informe diálogo región tratamiento'.split(' '), join: ' ', end: '.' },
  fr: { words: 'personnes droits santé politique prison drogues tribunal loi communauté service soutien données femmes enfants réforme état rapport dialogue région traitement'.split(' '), join: ' ', end: '.' },
  ru: { words: 'люди права здоровье политика тюрьма наркотики суд закон сообщество услуги поддержка данные женщины дети реформа государство доклад диалог регион лечение'.split(' '), join: ' ', end: '.' },
  ar: { words: 'الناس الحقوق الصحة السياسة السجن المخدرات المحكمة القانون المجتمع الخدمة الدعم البيانات النساء الأطفال الإصلاح الدولة التقرير الحوار المنطقة العلاج'.split(' '), join: ' ', end: '.' },
  'zh-Hans': { words: '人们 权利 健康 政策 监狱 毒品 法院 法律 社区 服务 支持 数据 妇女 儿童 改革 国家 报告 对话 地区 治疗'.split(' '), join: '', end: '。' },
  my: { words: 'လူများ အခွင့်အရေး ကျန်းမာရေး မူဝါဒ အကျဉ်းထောင် ဆေးဝါး တရားရုံး ဥပဒေ ရပ်ရွာ ဝန်ဆောင်မှု အထောက်အပံ့ အချက်အလက် အမျိုးသမီး ကလေး ပြုပြင်ပြောင်းလဲ နိုင်ငံ အစီရင်ခံစာ ဆွေးနွေးပွဲ ဒေသ ကုသမှု'.split(' '), join: '', end: '။', phrase: ' ' },
  th: { words: 'ผู้คน สิทธิ สุขภาพ นโยบาย เรือนจำ ยาเสพติด ศาล กฎหมาย ชุมชน บริการ การสนับสนุน ข้อมูล ผู้หญิง เด็ก การปฏิรูป รัฐ รายงาน การหารือ ภูมิภาค การรักษา'.split(' '), join: '', end: '', phrase: ' ' },
};

function sentence(lang) {
  const { words, join, end, phrase } = languages[lang];
  const count = between(8, 16);
  let text = '';
  for (let i = 0; i < count; i += 1) {
    text += (i === 0 ? '' : (phrase && i % 5 === 0 ? phrase : join)) + pick(words);
  }
  return text + end;
}
const paragraph = (lang, sentences) => Array.from({ length: sentences }, () => sentence(lang)).join(languages[lang].join === '' ? '' : ' ');

function document(lang, index, section) {
  const title = sentence(lang).replace(/[.。။]$/, '');
  const sections = between(3, 5);
  let body = `## ${sentence(lang).slice(0, 40)}\n\n- ${sentence(lang)}\n- ${sentence(lang)}\n- ${sentence(lang)}\n\n`;
  for (let s = 0; s < sections; s += 1) {
    body += `## ${pick(languages[lang].words)} ${s + 1}\n\n${paragraph(lang, between(4, 7))} *${pick(languages[lang].words)}* `
      + `**${pick(languages[lang].words)}** \`code-${s}\` [link](https://example.org/${index}/${s}).\n\n`;
    if (s === 1) body += `1. ${sentence(lang)}\n2. ${sentence(lang)}\n3. ${sentence(lang)}\n\n`;
    if (s === 2) body += `| A | B | C |\n|---|---|--:|\n| ${pick(languages[lang].words)} | ${pick(languages[lang].words)} | ${between(1, 999)} |\n| ${pick(languages[lang].words)} | ${pick(languages[lang].words)} | ${between(1, 999)} |\n\n> ${sentence(lang)}\n\n`;
    body += `${paragraph(lang, between(3, 6))}${s === 0 ? '[^1]' : ''}\n\n`;
  }
  body += `[^1]: ${sentence(lang)}\n`;
  const date = `20${String(10 + (index % 15)).padStart(2, '0')}-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`;
  return { title, summary: sentence(lang), date, body, section };
}

rmSync(out, { recursive: true, force: true });
const press = join(out, 'press');
const hugo = join(out, 'hugo');
const write = (path, text) => { mkdirSync(dirname(path), { recursive: true }); writeFileSync(path, text); };
const locales = Object.keys(languages);
const yamlString = (text) => JSON.stringify(text);

// press project: English documents in content/, the other languages as whole-file translations.
write(join(press, 'press.yaml'), `title: Benchmark\nbase_url: https://bench.example/\nsource_locale: en\n`
  + `locales: [${locales.join(', ')}]\ntheme: ${join(repo, 'themes', 'default')}\nbook: bench\n`
  + `reports:\n  r:\n    title: A report\n    date: 2020-01-31\nthemes:\n  t: A theme\n`);
write(join(press, 'content', 'index.md'), '---\ntitle: Benchmark\nsummary: A synthetic site.\n---\nA synthetic site for timing.\n');
for (const section of ['summaries', 'factsheets']) {
  write(join(press, 'content', section, '_index.md'), `---\ntitle: ${section}\nsummary: ${section}.\n---\n`);
}
// Hugo site: one content folder per language, with a switcher, hreflang and section lists.
write(join(hugo, 'hugo.toml'), `baseURL = "https://bench.example/"\ndefaultContentLanguage = "en"\n`
  + `disableKinds = ["taxonomy", "term", "RSS"]\n[languages]\n`
  + locales.map((l, i) => `[languages.${l}]\ncontentDir = "content/${l}"\nweight = ${i + 1}\nlanguageName = "${l}"\n`).join(''));
write(join(hugo, 'layouts', '_default', 'baseof.html'), `<!DOCTYPE html><html lang="{{ .Site.Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title>{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">{{ end }}</head><body><nav>{{ range .AllTranslations }}<a href="{{ .RelPermalink }}">{{ .Language.LanguageName }}</a> {{ end }}</nav><main>{{ block "main" . }}{{ end }}</main></body></html>\n`);
write(join(hugo, 'layouts', '_default', 'single.html'), `{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Date.Format "2 January 2006" }} · {{ .ReadingTime }} min</p>{{ .Content }}{{ end }}\n`);
write(join(hugo, 'layouts', '_default', 'list.html'), `{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>{{ end }}\n`);
write(join(hugo, 'layouts', 'index.html'), `{{ define "main" }}<h1>{{ .Site.Title }}</h1>{{ range .Site.Sections }}<h2>{{ .Title }}</h2><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}{{ end }}\n`);

for (let i = 0; i < perLanguage; i += 1) {
  const section = i % 3 === 2 ? 'summaries' : 'factsheets';  // two thirds fact sheets
  const slug = `doc-${String(i).padStart(5, '0')}`;
  for (const lang of locales) {
    const doc = document(lang, i, section);
    const front = `title: ${yamlString(doc.title)}\nsummary: ${yamlString(doc.summary)}\ndate: ${doc.date}\n`;
    const suffix = lang === 'en' ? '' : `.${lang}`;
    write(join(press, 'content', section, `${slug}${suffix}.md`),
      `---\n${front}source: [r]\nthemes: [t]\norder: ${i}\n---\n${doc.body}`);
    write(join(hugo, 'content', lang, section, `${slug}.md`), `---\n${front}---\n${doc.body}`);
  }
}
console.log(`corpus: ${perLanguage} documents x ${locales.length} languages in ${out}`);
