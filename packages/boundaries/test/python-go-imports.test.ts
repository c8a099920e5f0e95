import { describe, expect, it } from 'vitest';
import { parseImports } from '../src/index.js';

const specs = (path: string, source: string) =>
  parseImports(path, source).map((r) => `${r.specifier ?? `(${r.expression})`}${r.names ? `[${r.names.join(',')}]` : ''}${r.typeOnly ? ':type' : ''}@${r.line}`);

describe('Python import parsing', () => {
  it('reads import and from-import forms, relative dots and parenthesized names', () => {
    const source = [
      'import os, app.bus as bus',
      'from . import sibling',
      'from ..pkg.mod import (x,',
      '    y as z)',
      'from .models import *',
      'from __future__ import annotations',
      'try: import ujson as json',
      'except ImportError: import json',
      "plugins = importlib.import_module('app.plugins')",
      'x = 1; import late',
      '',
    ].join('\n');
    expect(specs('app/events/a.py', source)).toEqual([
      'os@1',
      'app.bus@1',
      '.[sibling]@2',
      '..pkg.mod[x,y]@3',
      '.models[*]@5',
      'ujson@7',
      'json@8',
      'app.plugins@9',
      'late@10',
    ]);
  });

  it('skips strings (all prefixes and triple quotes) and comments', () => {
    const source = [
      '"""',
      'import not_a_module',
      '"""',
      "s = rb'import raw'",
      "f = f'{x} from y import z'",
      '# import commented',
      "t = '''from a import b'''",
      'import real',
      '',
    ].join('\n');
    expect(specs('a.py', source)).toEqual(['real@8']);
  });

  it('marks TYPE_CHECKING blocks type-only until the indentation ends', () => {
    const source = ['import typing', 'if typing.TYPE_CHECKING:', '    from app.types import T', '    import app.more', 'else:', '    import app.runtime', 'import app.after', ''].join('\n');
    expect(specs('a.py', source)).toEqual(['typing@1', 'app.types[T]:type@3', 'app.more:type@4', 'app.runtime@6', 'app.after@7']);
  });
});

describe('Go import parsing', () => {
  it('reads single and grouped imports with aliases, raw strings and comments', () => {
    const source = [
      '// Package x does things.',
      '/* import "not/this" */',
      'package x',
      '',
      'import "fmt"',
      'import (',
      '\tev "example.com/svc/events"',
      '\t_ `example.com/svc/raw`',
      '\t// "example.com/svc/commented"',
      '\t. "example.com/svc/dot"',
      '\t"C"',
      ')',
      '',
      'func f() { _ = "import \\"example.com/svc/in-string\\"" }',
      '',
    ].join('\n');
    expect(specs('x.go', source)).toEqual(['fmt@5', 'example.com/svc/events@7', 'example.com/svc/raw@8', 'example.com/svc/dot@10']);
  });
});
