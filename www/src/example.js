// The example: five outlets' articles on one summit (tests/fixtures/seeds, see the
// README there), bundled as text.
import a from '../../tests/fixtures/seeds/000_4f784b4cfed49461.txt';
import b from '../../tests/fixtures/seeds/001_6c718804cc038f68.txt';
import c from '../../tests/fixtures/seeds/002_a385af989d155fce.txt';
import d from '../../tests/fixtures/seeds/003_4d437da7fb1250dd.txt';
import e from '../../tests/fixtures/seeds/004_7cbec37ae3e3c58b.txt';

export const EXAMPLE = [a, b, c, d, e].map((text, i) => ({ text, outlet: `Example outlet ${i + 1}` }));
