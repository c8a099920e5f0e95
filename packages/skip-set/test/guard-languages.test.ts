import { describe, expect, it } from 'vitest';
import { edit, guard } from './guard-harness.js';

interface Case {
  name: string;
  after: string;
  rules: string[];
  message?: string;
}

function table(file: string, before: string, cases: Case[]): void {
  for (const c of cases) {
    it(`${c.rules.length > 0 ? 'flags' : 'passes'} ${c.name}`, async () => {
      const run = await edit(file, before, c.after);
      expect([...new Set(run.rules)].sort()).toEqual([...c.rules].sort());
      if (c.message) expect(run.errors[0]!.message).toContain(c.message);
    });
  }
}

const GO = `package cart

import "testing"

func TestAdd(t *testing.T) {
	if 1+1 != 2 {
		t.Fatal("math")
	}
}

func TestRemove(t *testing.T) {
	_ = "remove"
}
`;

describe('go tests', () => {
  table('cart/cart_test.go', GO, [
    { name: 't.Skip in a test', after: GO.replace('\t_ = "remove"', '\tt.Skip("flaky")'), rules: ['new-skip'] },
    { name: 't.Skipf under testing.Short()', after: GO.replace('\t_ = "remove"', '\tif testing.Short() {\n\t\tt.Skipf("slow: %d", 1)\n\t}'), rules: ['new-skip'], message: 'testing.Short()' },
    { name: 'a helper in the file that skips the *testing.T it gets', after: `${GO.replace('\t_ = "remove"', '\tneedsDocker(t)')}\nfunc needsDocker(tb testing.TB) {\n\ttb.SkipNow()\n}\n`, rules: ['new-skip'] },
    { name: 'a //go:build constraint that excludes the file', after: `//go:build integration\n\n${GO}`, rules: ['new-skip'], message: '//go:build integration' },
    { name: 'a //go:build constraint that holds on linux/amd64', after: `//go:build linux && (amd64 || arm64)\n\n${GO}`, rules: [] },
    { name: 'Skip in a comment, a string and a raw string', after: GO.replace('\t_ = "remove"', '\t// t.Skip("later")\n\t_ = "t.Skip(\\"x\\")"\n\t_ = `t.SkipNow()\n`'), rules: [] },
  ]);

  it('keeps a test moved to another file of the same package', async () => {
    const run = await guard(
      { 'cart/cart_test.go': GO },
      { write: { 'cart/cart_test.go': GO.replace(/func TestRemove[^]*$/, ''), 'cart/remove_test.go': 'package cart\n\nimport "testing"\n\nfunc TestRemove(t *testing.T) {\n\t_ = "remove"\n}\n' } },
    );
    expect(run.report.verdict).toBe('pass');
  });
});

const JAVA = `package shop;

import org.junit.jupiter.api.Test;

class CartTest {
    @Test
    void addsItem() {
        String s = "@Disabled";
    }

    @Test
    void removesItem() {
    }
}
`;

describe('JUnit tests (Java)', () => {
  table('src/test/java/shop/CartTest.java', JAVA, [
    { name: '@Disabled on a method', after: JAVA.replace('    @Test\n    void removesItem', '    @Test\n    @Disabled("later")\n    void removesItem'), rules: ['new-skip'] },
    { name: '@Ignore (JUnit 4) on a method', after: JAVA.replace('    @Test\n    void addsItem', '    @Ignore\n    @Test\n    void addsItem'), rules: ['new-skip'] },
    { name: '@DisabledOnOs on the class', after: JAVA.replace('class CartTest', '@DisabledOnOs(OS.LINUX)\nclass CartTest'), rules: ['new-skip'] },
    { name: '@Disabled in a comment, a string and a text block', after: JAVA.replace('        String s = "@Disabled";', '        // @Disabled\n        String s = """\n            @Disabled void x() {}\n            """;'), rules: [] },
    // javac translates Unicode escapes before it reads anything else (JLS §3.3): checked with javac and
    // a @Disabled of its own, read back by reflection.
    { name: '@\\u0044isabled (a Unicode escape javac reads as @Disabled)', after: JAVA.replace('    @Test\n    void removesItem', '    @Test\n    @\\u0044isabled\n    void removesItem'), rules: ['new-skip'] },
    { name: '@Disabled after \\u000a in a line comment (the escape ends the comment)', after: JAVA.replace('    @Test\n    void removesItem', '    @Test // see the notes \\u000a @Disabled\n    void removesItem'), rules: ['new-skip'] },
    { name: 'an escaped backslash before u0044 in a string (no escape)', after: JAVA.replace('        String s = "@Disabled";', '        String s = "\\\\u0044isabled";'), rules: [] },
    // JUnit 5 reads annotations through the annotations they carry: an annotation the file declares with @Disabled on it disables.
    { name: 'an annotation the file declares with @Disabled on it (@Later)', after: JAVA.replace('class CartTest', '@Disabled("flaky")\n@Retention(RetentionPolicy.RUNTIME)\n@interface Later {}\n\nclass CartTest').replace('    @Test\n    void removesItem', '    @Later\n    @Test\n    void removesItem'), rules: ['new-skip'], message: 'Later (Disabled)' },
    { name: 'an annotation the file declares with nothing that skips (@Slow)', after: JAVA.replace('class CartTest', '@Tag("slow")\n@interface Slow {}\n\nclass CartTest').replace('    @Test\n    void removesItem', '    @Slow\n    @Test\n    void removesItem'), rules: [] },
  ]);
});

const KOTLIN = `package shop

import org.junit.jupiter.api.Test

class CartTest {
    @Test
    fun \`adds an item (with tax)\`() {
        val s = """@Disabled \${"x"}"""
    }

    @Test
    fun removesItem() {
    }
}
`;

describe('JUnit tests (Kotlin)', () => {
  table('src/test/kotlin/shop/CartTest.kt', KOTLIN, [
    { name: '@Disabled on a backtick-named function', after: KOTLIN.replace('    @Test\n    fun `adds', '    @Disabled\n    @Test\n    fun `adds'), rules: ['new-skip'], message: 'adds an item (with tax)' },
    { name: '@Disabled on the class', after: KOTLIN.replace('class CartTest', '@Disabled\nclass CartTest'), rules: ['new-skip'] },
    { name: '@`Disabled` (a backticked name)', after: KOTLIN.replace('    @Test\n    fun removesItem', '    @`Disabled`\n    @Test\n    fun removesItem'), rules: ['new-skip'] },
    { name: '`import …Disabled as Later`, then @Later', after: KOTLIN.replace('import org.junit.jupiter.api.Test', 'import org.junit.jupiter.api.Test\nimport org.junit.jupiter.api.Disabled as Later').replace('    @Test\n    fun removesItem', '    @Later\n    @Test\n    fun removesItem'), rules: ['new-skip'], message: 'Later (Disabled)' },
    { name: '`typealias Later = …Disabled`, then @Later', after: KOTLIN.replace('class CartTest', 'typealias Later = org.junit.jupiter.api.Disabled\n\nclass CartTest').replace('    @Test\n    fun removesItem', '    @Later\n    @Test\n    fun removesItem'), rules: ['new-skip'] },
    { name: 'an annotation class the file declares with @Disabled on it, then @Later', after: KOTLIN.replace('class CartTest', '@Disabled\nannotation class Later\n\nclass CartTest').replace('    @Test\n    fun removesItem', '    @Later\n    @Test\n    fun removesItem'), rules: ['new-skip'] },
    { name: 'a comment mentioning @Disabled', after: KOTLIN.replace('    fun removesItem() {', '    fun removesItem() {\n        /* @Disabled /* nested */ still comment */'), rules: [] },
  ]);
});

const RSPEC = `RSpec.describe Cart do
  it "adds an item" do
    expect(1).to eq(1)
  end

  context "when empty" do
    it "has no total" do
      expect(0).to eq(0)
    end
  end
end
`;

describe('RSpec examples', () => {
  table('spec/cart_spec.rb', RSPEC, [
    { name: 'xit', after: RSPEC.replace('it "adds', 'xit "adds'), rules: ['new-skip'] },
    { name: 'skip: metadata', after: RSPEC.replace('it "has no total" do', 'it "has no total", skip: "later" do'), rules: ['new-skip'] },
    { name: 'xcontext covering its examples', after: RSPEC.replace('context "when empty"', 'xcontext "when empty"'), rules: ['new-skip'] },
    { name: 'pending inside an example', after: RSPEC.replace('    expect(1).to eq(1)', '    pending("rounding")\n    expect(1).to eq(1)'), rules: ['new-skip'] },
    { name: 'skip inside an example', after: RSPEC.replace('    expect(1).to eq(1)', '    skip "not today" if ENV["CI"]\n    expect(1).to eq(1)'), rules: ['new-skip'] },
    { name: 'an example without a block', after: RSPEC.replace('  context "when empty"', '  it "handles coupons"\n\n  context "when empty"'), rules: ['new-skip'] },
    { name: 'fit', after: RSPEC.replace('it "adds', 'fit "adds'), rules: ['new-skip'] },
    {
      name: 'comments, strings, heredocs and =begin blocks that mention xit',
      after: RSPEC.replace(
        '    expect(1).to eq(1)',
        '    # xit "commented" do\n    text = "xit \\"x\\" do #{1 + 1}"\n    doc = <<~TXT\n      skip "in heredoc"\n    TXT\n    expect(1).to eq(1) if true\n=begin\nxit "in a block comment" do\n=end',
      ),
      rules: [],
    },
  ]);
});

const RUST = `pub fn add(a: i32, b: i32) -> i32 {
    a + b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds() {
        let s = "#[ignore]";
        assert_eq!(add(1, 1), 2);
    }

    #[test]
    fn lifetimes<'a>() {
        let c = '}';
    }
}
`;

describe('Rust tests', () => {
  table('src/lib.rs', RUST, [
    { name: '#[ignore]', after: RUST.replace('    #[test]\n    fn adds', '    #[test]\n    #[ignore = "slow"]\n    fn adds'), rules: ['new-skip'] },
    { name: '#[cfg_attr(…, ignore)]', after: RUST.replace('    #[test]\n    fn adds', '    #[test]\n    #[cfg_attr(target_os = "linux", ignore)]\n    fn adds'), rules: ['new-skip'] },
    { name: '#[ignore] in a comment, a string and a raw string', after: RUST.replace('        let s = "#[ignore]";', '        // #[ignore]\n        let s = r#"#[ignore] fn x() {}"#;\n        /* #[ignore] /* nested */ */'), rules: [] },
  ]);

  it('names tests by file and module path', async () => {
    const run = await edit('src/lib.rs', RUST, RUST.replace('    #[test]\n    fn lifetimes', '    #[test]\n    #[ignore]\n    fn lifetimes'));
    expect(run.errors[0]!.test).toBe('src/lib.rs::tests::lifetimes');
  });
});
