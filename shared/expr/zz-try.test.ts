import { it } from 'vitest';
import { parseExpr, toText, toLatex } from './index';
it('x', () => {
  const V = ['x', 'y'];
  for (const s of ['2x^2','-x^2','2^-1','x^-1','1/2x','e^x','sin x','sin x^2','sin 2x','2 x y','x²','(x+1','x+','1 2','2(x)','x(y+1)','sin x cos x','|x|','|x|+|y|','2|x-1|','w₁','ŷ','σ(x)','x·y','x−y','xy','sinx','3x y^2','a.b','x!','1e400','ln x + 1','log(x, 2)','log x','sin^2 x','sin^2(x)+cos^2(x)','sin^-1 x','sin⁻¹(x)','x⁻¹','√x','√(x+1)','foo(x)','q','sn(x)','sinn(x)','x = 2','[1]','"s"','sin()','log(1,2,3)','(x, y)','e^sin x','2 cm','x y z','', '   ', 'x^', '()', 'sin', 'π x', 'relu(x)+ReLU(y)', 'nthRoot(x, 3)', 'x/2y', '(3x^2+1)^5', '(x y)^2 + (x + y^2)^3', 'cos(x)sin(y)']) {
    const r = parseExpr(s, { variables: s === 'w₁' || s === 'ŷ' ? undefined : V });
    if (r.ok) console.log(JSON.stringify(s), '=>', toText(r.value), ' | ', toLatex(r.value));
    else console.log(JSON.stringify(s), 'ERR', r.error.code, r.error.start, r.error.end, JSON.stringify(s.slice(r.error.start, r.error.end)), r.error.message.en, r.error.message['zh-CN']);
  }
});
