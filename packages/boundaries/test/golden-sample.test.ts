import { describe, expect, it } from 'vitest';
import { checkGoldenSampleLayout } from '../src/index.js';

const SAMPLE = ['src/events/add-to-cart.ts', 'src/events/__tests__/add-to-cart.test.ts'];
const paths = (findings: { path?: string }[]) => findings.map((f) => f.path);

describe('golden-sample layout', () => {
  it('accepts new files and tests laid out like the sample', () => {
    const findings = checkGoldenSampleLayout({
      samples: SAMPLE,
      addedFiles: ['src/events/page-view.ts', 'src/events/__tests__/page-view.test.ts', 'docs/events.md', 'src/events/schema.json'],
    });
    expect(findings).toEqual([]);
  });

  it('warns on a source file outside the folder the sample puts it in', () => {
    const findings = checkGoldenSampleLayout({ samples: SAMPLE, addedFiles: ['src/capture/page-view.ts', 'src/events/__tests__/page-view.test.ts'] });
    expect(paths(findings)).toEqual(['src/capture/page-view.ts']);
    expect(findings[0]).toMatchObject({ rule: 'golden-sample-layout', severity: 'warning' });
    expect(findings[0]!.message).toContain('src/events/');
  });

  it('warns on a test named or placed unlike the sample test, and on a new file without its test', () => {
    const findings = checkGoldenSampleLayout({ samples: SAMPLE, addedFiles: ['src/events/page-view.ts', 'src/events/page-view.spec.ts'] });
    expect(paths(findings)).toEqual(['src/events/page-view.ts', 'src/events/page-view.spec.ts']);
    expect(findings[0]!.message).toContain('no test at src/events/__tests__/page-view.test.ts');
    expect(findings[1]!.message).toContain('src/events/__tests__/ named <name>.test.ts');
  });

  it('warns on a name in another case than the sample', () => {
    const findings = checkGoldenSampleLayout({ samples: SAMPLE, addedFiles: ['src/events/pageView.ts', 'src/events/__tests__/pageView.test.ts'] });
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('camelCase; the golden sample src/events/add-to-cart.ts is named in kebab-case')]);
  });

  it('finds the tests of a sample named by its source only, in a mirrored tests tree', () => {
    const knownFiles = ['app/events/add_to_cart.py', 'tests/events/test_add_to_cart.py', 'tests/test_misc.py'];
    const ok = checkGoldenSampleLayout({ samples: ['app/events/add_to_cart.py'], addedFiles: ['app/events/page_view.py', 'tests/events/test_page_view.py'], knownFiles });
    expect(ok).toEqual([]);
    const misplaced = checkGoldenSampleLayout({ samples: ['app/events/add_to_cart.py'], addedFiles: ['app/events/page_view.py', 'tests/test_page_view.py'], knownFiles });
    expect(paths(misplaced)).toEqual(['app/events/page_view.py', 'tests/test_page_view.py']);
    expect(misplaced[0]!.message).toContain('tests/events/test_page_view.py');
  });

  it('reads a folder sample as a feature-folder shape', () => {
    const knownFiles = ['src/events/add-to-cart/index.ts', 'src/events/add-to-cart/handler.ts', 'src/events/add-to-cart/handler.test.ts'];
    const samples = ['src/events/add-to-cart/'];
    expect(
      checkGoldenSampleLayout({ samples, knownFiles, addedFiles: ['src/events/page-view/index.ts', 'src/events/page-view/handler.ts', 'src/events/page-view/handler.test.ts'] }),
    ).toEqual([]);
    const flat = checkGoldenSampleLayout({ samples, knownFiles, addedFiles: ['src/events/page-view.ts'] });
    expect(flat.map((f) => f.message)).toEqual([expect.stringContaining('feature folder src/events/<feature>/')]);
    const untested = checkGoldenSampleLayout({ samples, knownFiles, addedFiles: ['src/events/page-view/index.ts', 'src/events/page-view/handler.ts'] });
    expect(untested.map((f) => f.message)).toEqual([expect.stringContaining('no test at src/events/page-view/handler.test.ts')]);
  });

  it('warns when the packet names a sample that does not exist', () => {
    const findings = checkGoldenSampleLayout({ samples: ['src/events/gone.ts'], addedFiles: ['src/events/page-view.ts'], knownFiles: ['src/events/page-view.ts'] });
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('does not exist')]);
  });
});
