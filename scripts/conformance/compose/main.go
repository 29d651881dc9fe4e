// Builds the Compose conformance table: the inputs are compose-go's own
// dotenv tests (the strings its test functions parse, and its fixture
// files), the expected values are what compose-go's dotenv package
// returns for them, run here. Usage: go run . DOTENV_SRC_DIR > compose.json
package main

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"conformance/dotenv"
)

type Case struct {
	ID     string            `json:"id"`
	Input  string            `json:"input"`
	Env    map[string]string `json:"env"`
	PerKey bool              `json:"per_key,omitempty"`
	Expect Expect            `json:"expect"`
}

type Expect struct {
	Vars  map[string]string `json:"vars,omitempty"`
	Error string            `json:"error,omitempty"`
}

// The environment compose-go's tests give these inputs.
var expansionEnv = map[string]string{"EMPTY_VAR": "", "TEST_VAR": "Test Value"}
var inheritedEnv = map[string]string{"VAR_TO_BE_LOADED_FROM_OS_ENV": "SOME_RANDOM_VALUE"}

func main() {
	dir := os.Args[1]
	var cases []Case
	for _, file := range []string{"godotenv_test.go", "godotenv_var_expansion_test.go", "parser_test.go"} {
		env := map[string]string{}
		if strings.Contains(file, "expansion") {
			env = expansionEnv
		}
		for i, input := range testInputs(filepath.Join(dir, file)) {
			cases = append(cases, run(fmt.Sprintf("%s#%d", file, i+1), input, env, false))
		}
	}
	fixtures, _ := filepath.Glob(filepath.Join(dir, "fixtures", "*.env"))
	sort.Strings(fixtures)
	for _, f := range fixtures {
		text, err := os.ReadFile(f)
		if err != nil {
			panic(err)
		}
		env := map[string]string{}
		if strings.Contains(f, "inherited") {
			env = inheritedEnv
		}
		cases = append(cases, run("fixtures/"+filepath.Base(f), string(text), env, true))
	}
	out, _ := json.MarshalIndent(map[string]any{"reference": "compose-go dotenv", "cases": cases}, "", "  ")
	fmt.Println(string(out))
}

func run(id, input string, env map[string]string, perKey bool) Case {
	lookup := func(k string) (string, bool) { v, ok := env[k]; return v, ok }
	// The reader path is the one env_file uses (it drops a BOM).
	vars, err := dotenv.ParseWithLookup(strings.NewReader(input), lookup)
	c := Case{ID: id, Input: input, Env: env, PerKey: perKey}
	if err != nil {
		c.Expect.Error = err.Error()
	} else {
		c.Expect.Vars = vars
	}
	return c
}

// testInputs: the first string argument after `t` of parseAndCompare, the
// elements of []string literals, the `input` of test-case structs (keyed,
// or the second positional field), and variables named like inputs.
func testInputs(path string) []string {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, 0)
	if err != nil {
		panic(err)
	}
	var inputs []string
	add := func(e ast.Expr) {
		if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			s, err := strconv.Unquote(lit.Value)
			if err == nil {
				inputs = append(inputs, s)
			}
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if id, ok := n.Fun.(*ast.Ident); ok && id.Name == "parseAndCompare" && len(n.Args) > 1 {
				add(n.Args[1])
			}
			if sel, ok := n.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "parse" && len(n.Args) > 0 {
				add(n.Args[0])
			}
		case *ast.CompositeLit:
			if arr, ok := n.Type.(*ast.ArrayType); ok {
				if id, ok := arr.Elt.(*ast.Ident); ok && id.Name == "string" {
					for _, e := range n.Elts {
						add(e)
					}
				}
			}
			if n.Type == nil && len(n.Elts) >= 2 {
				if _, keyed := n.Elts[0].(*ast.KeyValueExpr); !keyed {
					add(n.Elts[1])
				}
			}
			for _, e := range n.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					if k, ok := kv.Key.(*ast.Ident); ok && k.Name == "input" {
						add(kv.Value)
					}
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if isInputName(name.Name) && i < len(n.Values) {
					add(n.Values[i])
				}
			}
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				if id, ok := lhs.(*ast.Ident); ok && isInputName(id.Name) && i < len(n.Rhs) {
					add(n.Rhs[i])
				}
			}
		}
		return true
	})
	return inputs
}

func isInputName(s string) bool {
	return s == "testInput" || s == "input" || s == "badlyFormattedLine"
}
