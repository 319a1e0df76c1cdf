import {
  evaluatePage,
  findLibraries,
  findShellScripts,
  toBuildPath,
  type LoadedScript,
  type PageBudget,
} from './budgets';

const script = (path: string, kb: number, libraries: LoadedScript['libraries'] = []): LoadedScript => ({
  path,
  gzipBytes: kb * 1000,
  libraries,
});

describe('findShellScripts', () => {
  it('lists the module scripts and the modulepreloads, not other links or classic scripts', () => {
    const html = `<!doctype html><head>
      <script type="module" src="./legacy-embed.js"></script>
      <script type="module" crossorigin src="./assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/react-def.js">
      <link rel="stylesheet" href="./assets/index-123.css">
      <script src="./legacy.js"></script>
    </head>`;
    expect(findShellScripts(html)).toEqual(['legacy-embed.js', 'assets/index-abc.js', 'assets/react-def.js']);
  });
});

describe('toBuildPath', () => {
  it('reduces absolute URLs and relative references to the same path', () => {
    expect(toBuildPath('http://127.0.0.1:5000/assets/a.js?v=1')).toBe('assets/a.js');
    expect(toBuildPath('./assets/a.js')).toBe('assets/a.js');
    expect(toBuildPath('/assets/a.js')).toBe('assets/a.js');
  });
});

describe('findLibraries', () => {
  it('recognises Leaflet by the class names it writes into the page', () => {
    expect(findLibraries('a.className="leaflet-container leaflet-touch"')).toEqual(['leaflet']);
    expect(findLibraries('function App(){return "quote"}')).toEqual([]);
  });

  it('recognises React by the error address its production build carries', () => {
    expect(findLibraries('"Minified React error #"+e+"; visit https://react.dev/errors/"+e')).toEqual(['react']);
  });
});

describe('evaluatePage', () => {
  const quoteBudget: PageBudget = { name: 'embed quote', path: '/', totalKb: 85, forbidden: ['react', 'leaflet'] };
  const dashboardBudget: PageBudget = { name: 'dashboard', path: '/', totalKb: 200, shellKb: 90 };

  it('passes a quote embed within budget and without React or the map library', () => {
    const result = evaluatePage(quoteBudget, [script('assets/index.js', 60), script('assets/quote.js', 10)], []);
    expect(result.problems).toEqual([]);
    expect(result.totalBytes).toBe(70_000);
  });

  it('reports every broken rule at once: over budget and a forbidden library', () => {
    const scripts = [script('assets/index.js', 60), script('assets/map.js', 40, ['leaflet'])];
    const { problems } = evaluatePage(quoteBudget, scripts, []);
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/over its 85 kB budget/);
    expect(problems.join('\n')).toMatch(/leaflet \(in assets\/map\.js\)/);
  });

  it('holds the dashboard shell to its own budget even when the total fits', () => {
    const scripts = [script('assets/index.js', 95), script('assets/chart.js', 50)];
    const { problems, shellBytes } = evaluatePage(dashboardBudget, scripts, ['assets/index.js']);
    expect(shellBytes).toBe(95_000);
    expect(problems).toEqual([expect.stringMatching(/shell is 95\.0 kB, over its 90 kB budget/)]);
  });

  it('fails a page that loaded no script, rather than passing it as zero bytes', () => {
    expect(evaluatePage(quoteBudget, [], []).problems).toHaveLength(1);
  });
});
