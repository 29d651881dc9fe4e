// Builds the dotenvx and node dotenv conformance tables: inputs are the
// fixture files and inline `parse(Buffer.from('...'))` strings of each
// project's own tests; expected values are what the library installed from
// npm returns. Usage: node node_refs.js DOTENVX_DIR DOTENV_DIR OUT_DIR
'use strict'
const fs = require('fs')
const path = require('path')
const dotenv = require('dotenv')
const dotenvx = require('@dotenvx/dotenvx')

const [dotenvxDir, dotenvDir, outDir] = process.argv.slice(2)

// Fixtures in other encodings or holding keys/ciphertext are not .env text.
const skip = /\.(latin1|utf16le|keys|vault)$/

function fixtures (dir) {
  return fs.readdirSync(dir)
    .filter(n => n.startsWith('.env') && !skip.test(n))
    .sort()
    .map(n => ({ id: 'tests/' + n, input: fs.readFileSync(path.join(dir, n), 'utf8'), per_key: true }))
}

function inline (dir, files) {
  const out = []
  for (const f of files) {
    const src = fs.readFileSync(path.join(dir, f), 'utf8')
    const re = /parse\(Buffer\.from\(('(?:[^'\\]|\\.)*')\)\)/g
    let m, i = 0
    while ((m = re.exec(src)) !== null) {
      // The literal is the test's own JavaScript string.
      out.push({ id: `${f}#${++i}`, input: Function(`return ${m[1]}`)(), per_key: false })
    }
  }
  return out
}

function table (reference, cases, parse) {
  return {
    reference,
    cases: cases.map(c => {
      let expect
      try {
        expect = { vars: Object.assign({}, parse(c.input)) }
      } catch (e) {
        expect = { error: String(e.message || e) }
      }
      return { id: c.id, input: c.input, env: {}, per_key: c.per_key, expect }
    })
  }
}

const write = (name, t) => fs.writeFileSync(path.join(outDir, name), JSON.stringify(t, null, 2) + '\n')

write('dotenvx.json', table(
  `@dotenvx/dotenvx ${require('@dotenvx/dotenvx/package.json').version}`,
  [...fixtures(path.join(dotenvxDir, 'tests')), ...inline(dotenvxDir, ['tests/lib/parse.test.js'])],
  src => dotenvx.parse(src, { processEnv: {} })
))
write('node-dotenv.json', table(
  `dotenv ${require('dotenv/package.json').version}`,
  [...fixtures(path.join(dotenvDir, 'tests')), ...inline(dotenvDir, ['tests/test-parse.js'])],
  src => dotenv.parse(Buffer.from(src))
))
