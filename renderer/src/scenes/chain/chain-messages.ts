/** Strings of the chain chapter, in both languages (lesson text written afresh from the deck). */
export const chainMessagesEn = {
  'chain.title': 'The chain rule',
  'chain.tabs': 'Sections of the chapter',
  'chain.tab.single': 'One variable',
  'chain.tab.single.hint': 'Split y(x) into y = f(u), u = g(x) and follow one x through three linked plots',
  'chain.tab.propagation': 'Change propagates',
  'chain.tab.propagation.hint': 'Nudge x by Δx and watch Δu and Δy; the ratios become the derivatives as Δx → 0',
  'chain.tab.multi': 'Several variables',
  'chain.tab.multi.hint': 'z = f(u, v) with u, v functions of x, y: multiply along each path, add over paths',

  'chain.examples': 'Examples',
  'chain.examples.choose': 'Choose…',
  'chain.examples.deck': 'the deck',
  'chain.formula.kept': 'The plots still show the last valid formula.',

  'chain.split.outer': 'outer',
  'chain.split.inner': 'inner',
  'chain.split.nested': '{u} is itself a composition, so the chain rule applies again inside it.',
  'chain.split.notComposition': 'Not a composition',
  'chain.split.studyPart': 'Study this part',
  'chain.split.rewrite': 'Use this form',

  'chain.plot.xu': 'Inner function: u against x, with the tangent at the shared x',
  'chain.plot.uy': 'Outer function: y against u, with the tangent at u = g(x)',
  'chain.plot.xy': 'The whole function: y against x, with the tangent at the shared x',

  'chain.single.at': 'At x = {x}:',
  'chain.single.checkTitle': 'dy/dx, found by differentiating y(x) directly, equals the product of the two slopes.',
  'chain.single.productIs': 'the product is {value}',
  'chain.single.hint': 'Click or drag on any plot to move x; all three points follow.',
  'chain.single.noSplit': 'This formula is not one function of one inner function, so there is nothing to chain here. Try one of the examples.',
  'chain.single.noSplitPart': 'This formula is not one function of one inner function, so there is nothing to chain here yet. Study the part offered above, or try one of the examples.',

  'chain.window.label': 'x from',
  'chain.window.min': 'Left end of the x window',
  'chain.window.max': 'Right end of the x window',
  'chain.window.invalid': 'The left end must be smaller than the right end.',

  'chain.erratum.result.why': 'The x inside the bracket was lost: the outer derivative 5u⁴ is taken at u = 3x² + 1.',
  'chain.erratum.numerator.why': 'The outer function is evaluated at both values of u and subtracted; f(Δu) alone is not a change of y.',

  'chain.prop.changeFormula': 'Change the formula under “One variable”.',
  'chain.prop.stationary': 'Go to du/dx = 0',
  'chain.prop.stationaryTitle': 'Move x to the nearest stationary point of u, where du/dx = 0 (x = 0 for u = 3x² + 1)',
  'chain.prop.sign': 'Direction of the nudge',
  'chain.prop.dxSlider': 'Size of the nudge Δx, on a logarithmic scale',
  'chain.prop.sweep': '▶ Let Δx → 0',
  'chain.prop.stop': '⏸ Stop',
  'chain.prop.duZero.title': 'Here Δu = 0 exactly.',
  'chain.prop.duZero.body':
    'Near a stationary point of u the change Δu is so small that g(x + Δx) rounds to g(x). Then Δy/Δu is 0/0, undefined, and the naive proof cannot divide by Δu. The careful proof never divides by Δu.',
  'chain.prop.duZero.show': 'See the careful proof',
  'chain.prop.stationaryNote':
    'x is a stationary point of u: du/dx = 0, so Δu/Δx → 0 and Δu is of order Δx². Δy/Δu still tends to dy/du, and dy/dx = dy/du · 0 = 0. Shrink Δx to 10⁻⁹ and Δu becomes exactly 0.',
  'chain.prop.nonzeroNote':
    'Each ratio is a secant slope on the plots above; as Δx shrinks the window shrinks with it, the curve straightens onto its tangent and the secant turns into it.',
  'chain.prop.paneTabs': 'Table or derivation',
  'chain.prop.pane.table': 'Table',
  'chain.prop.pane.proof': 'Derivation',
  'chain.prop.needComposition': 'Type a composition under “One variable” (for example (3x² + 1)⁵) to see how a change propagates through it.',

  'chain.delta.aria.dudx': 'Change of u against the change of x, zoomed to the nudge, with the tangent of slope du/dx',
  'chain.delta.aria.dydu': 'Change of y against the change of u, with the tangent of slope dy/du',
  'chain.delta.aria.dydx': 'Change of y against the change of x, with the tangent of slope dy/dx',
  'chain.delta.undefined': '0/0 (undefined)',

  'chain.table.undefined': '0/0, undefined',
  'chain.table.zeroTitle': 'Δu is exactly 0 in this row, so Δy/Δu cannot be formed; the careful proof uses φ(0) = f′(u) instead.',

  'chain.steps.prev': '◀ Back',
  'chain.steps.next': 'Next ▶',
  'chain.steps.progress': 'Step {k} of {n}',
  'chain.steps.goto': 'Go to step {k}',

  'chain.proof.definition': 'Start from the definition of the derivative of the composite function y = f(g(x)).',
  'chain.proof.deltaU':
    'Name the change of the inner function Δu. Because g is differentiable it is continuous, so Δu → 0 as Δx → 0.',
  'chain.proof.numerator': 'The numerator is the change of y when u moves from u to u + Δu.',
  'chain.proof.split':
    'Multiply and divide by Δu: the first factor tends to dy/du (because Δu → 0), the second to du/dx. This step needs Δu ≠ 0 for every small Δx, which can fail, for example near a stationary point of u.',
  'chain.proof.careful':
    'The careful proof uses the linear approximation of f at u: φ agrees with Δy/Δu when Δu ≠ 0 and equals f′(u) when Δu = 0, so Δy = φ(Δu)·Δu always holds. φ is continuous at 0, hence φ(Δu) → f′(u), and Δy/Δx = φ(Δu)·Δu/Δx → f′(u)·g′(x) without ever dividing by Δu.',
  'chain.proof.live': 'With the current Δx:',
  'chain.proof.live.undefined': 'this quotient does not exist',

  'chain.multi.kept': 'The diagram still uses the last valid formula.',
  'chain.multi.point': 'Point',
  'chain.multi.pointX': 'x coordinate of the point (↑/↓ steps by 0.1)',
  'chain.multi.pointY': 'y coordinate of the point (↑/↓ steps by 0.1)',
  'chain.multi.paneTabs': 'Sums over paths or derivation',
  'chain.multi.pane.sums': 'Sum over paths',
  'chain.multi.pane.derivation': 'Derivation (total differential)',
  'chain.multi.openGraph': 'Open as a computational graph',
  'chain.multi.openGraphTitle': 'Open z(x, y), with u and v substituted, on the graph canvas at this point',
  'chain.multi.diagramAria': 'Path diagram from x and y through u and v to z; each edge carries its local partial derivative',
  'chain.multi.composed': 'With u and v substituted:',
  'chain.multi.sum': 'Sum over paths:',
  'chain.multi.direct': 'Directly from z(x, y):',
  'chain.multi.numeric': 'central difference:',
  'chain.multi.agree': 'The sum over paths equals the direct partial derivative.',

  'chain.diff.title': 'Derivation through the total differential',
  'chain.diff.general': 'in general',
  'chain.diff.instance': 'here',
  'chain.diff.outer': 'Write the total differential of z = f(u, v): each intermediate variable contributes its partial derivative times its own change.',
  'chain.diff.inner': 'Do the same for the intermediate variables: u = g(x, y) and v = h(x, y) change when x or y does.',
  'chain.diff.substitute': 'Substitute du and dv into dz.',
  'chain.diff.collect': 'Expand and collect the terms in dx and in dy.',
  'chain.diff.read':
    'The coefficient of dx is ∂z/∂x and the coefficient of dy is ∂z/∂y: one product per path, summed over the paths. At the chosen point:',
} as const;

export const chainMessagesZh: Record<keyof typeof chainMessagesEn, string> = {
  'chain.title': '链式法则',
  'chain.tabs': '本章各节',
  'chain.tab.single': '单变量',
  'chain.tab.single.hint': '把 y(x) 拆成 y = f(u)、u = g(x)，在三幅联动的图上跟踪同一个 x',
  'chain.tab.propagation': '变化的传递',
  'chain.tab.propagation.hint': '给 x 一个增量 Δx，观察 Δu 与 Δy；当 Δx → 0 时，比值趋于导数',
  'chain.tab.multi': '多变量',
  'chain.tab.multi.hint': 'z = f(u, v)，u、v 是 x、y 的函数：沿每条路径相乘，再对所有路径求和',

  'chain.examples': '示例',
  'chain.examples.choose': '选择……',
  'chain.examples.deck': '课件例题',
  'chain.formula.kept': '图中仍显示上一个有效的式子。',

  'chain.split.outer': '外层',
  'chain.split.inner': '内层',
  'chain.split.nested': '{u} 本身也是复合函数，在它内部还要再用一次链式法则。',
  'chain.split.notComposition': '不是复合函数',
  'chain.split.studyPart': '研究这一部分',
  'chain.split.rewrite': '改用这个形式',

  'chain.plot.xu': '内层函数：u 关于 x 的图像，以及共享的 x 处的切线',
  'chain.plot.uy': '外层函数：y 关于 u 的图像，以及 u = g(x) 处的切线',
  'chain.plot.xy': '整体函数：y 关于 x 的图像，以及共享的 x 处的切线',

  'chain.single.at': '在 x = {x} 处：',
  'chain.single.checkTitle': '直接对 y(x) 求导得到的 dy/dx，等于两个斜率的乘积。',
  'chain.single.productIs': '乘积为 {value}',
  'chain.single.hint': '在任意一幅图上单击或拖动即可移动 x，三个点同步移动。',
  'chain.single.noSplit': '这个式子不是“一个函数套一个内层函数”，这里没有可以串联的链。试试示例吧。',
  'chain.single.noSplitPart': '这个式子还不是“一个函数套一个内层函数”，这里暂时没有可以串联的链。研究上方给出的部分，或试试示例。',

  'chain.window.label': 'x 的范围',
  'chain.window.min': 'x 范围的左端点',
  'chain.window.max': 'x 范围的右端点',
  'chain.window.invalid': '左端点必须小于右端点。',

  'chain.erratum.result.why': '括号里漏掉了 x：外层导数 5u⁴ 要在 u = 3x² + 1 处取值。',
  'chain.erratum.numerator.why': '应当在 u 的两个取值处分别计算外层函数再相减；单独的 f(Δu) 并不是 y 的变化量。',

  'chain.prop.changeFormula': '在“单变量”一节中修改式子。',
  'chain.prop.stationary': '移到 du/dx = 0 处',
  'chain.prop.stationaryTitle': '把 x 移到 u 最近的驻点，即 du/dx = 0 处（对 u = 3x² + 1 是 x = 0）',
  'chain.prop.sign': '增量的方向',
  'chain.prop.dxSlider': '增量 Δx 的大小（对数刻度）',
  'chain.prop.sweep': '▶ 令 Δx → 0',
  'chain.prop.stop': '⏸ 停止',
  'chain.prop.duZero.title': '此处 Δu 恰好等于 0。',
  'chain.prop.duZero.body':
    '在 u 的驻点附近，Δu 小到 g(x + Δx) 被舍入成 g(x)。这时 Δy/Δu 是 0/0，没有定义，朴素的证明无法除以 Δu；严谨的证明从不除以 Δu。',
  'chain.prop.duZero.show': '查看严谨的证明',
  'chain.prop.stationaryNote':
    'x 是 u 的驻点：du/dx = 0，所以 Δu/Δx → 0，Δu 与 Δx² 同阶。Δy/Δu 仍趋于 dy/du，而 dy/dx = dy/du · 0 = 0。把 Δx 缩小到 10⁻⁹，Δu 会恰好变成 0。',
  'chain.prop.nonzeroNote':
    '每个比值都是上方图中割线的斜率；Δx 缩小时视窗随之缩小，曲线逐渐贴合切线，割线也随之变成切线。',
  'chain.prop.paneTabs': '表格或推导',
  'chain.prop.pane.table': '表格',
  'chain.prop.pane.proof': '推导',
  'chain.prop.needComposition': '先在“单变量”一节中输入一个复合函数（例如 (3x² + 1)⁵），再来观察变化如何在其中传递。',

  'chain.delta.aria.dudx': 'u 的变化量关于 x 的变化量，按增量大小放大显示，附斜率为 du/dx 的切线',
  'chain.delta.aria.dydu': 'y 的变化量关于 u 的变化量，附斜率为 dy/du 的切线',
  'chain.delta.aria.dydx': 'y 的变化量关于 x 的变化量，附斜率为 dy/dx 的切线',
  'chain.delta.undefined': '0/0（无定义）',

  'chain.table.undefined': '0/0，无定义',
  'chain.table.zeroTitle': '这一行的 Δu 恰好为 0，无法构成 Δy/Δu；严谨的证明改用 φ(0) = f′(u)。',

  'chain.steps.prev': '◀ 上一步',
  'chain.steps.next': '下一步 ▶',
  'chain.steps.progress': '第 {k} 步，共 {n} 步',
  'chain.steps.goto': '转到第 {k} 步',

  'chain.proof.definition': '从复合函数 y = f(g(x)) 的导数定义出发。',
  'chain.proof.deltaU': '把内层函数的变化量记作 Δu。g 可导，因而连续，所以当 Δx → 0 时 Δu → 0。',
  'chain.proof.numerator': '分子就是 u 从 u 变到 u + Δu 时 y 的变化量。',
  'chain.proof.split':
    '分子分母同乘 Δu：第一个因子趋于 dy/du（因为 Δu → 0），第二个因子趋于 du/dx。这一步要求对所有足够小的 Δx 都有 Δu ≠ 0，而这可能不成立，例如在 u 的驻点附近。',
  'chain.proof.careful':
    '严谨的证明利用 f 在 u 处的线性近似：Δu ≠ 0 时 φ 与 Δy/Δu 相同，Δu = 0 时 φ 取 f′(u)，于是 Δy = φ(Δu)·Δu 总成立。φ 在 0 处连续，故 φ(Δu) → f′(u)，从而 Δy/Δx = φ(Δu)·Δu/Δx → f′(u)·g′(x)，全程不需要除以 Δu。',
  'chain.proof.live': '按当前的 Δx：',
  'chain.proof.live.undefined': '这个商不存在',

  'chain.multi.kept': '路径图仍使用上一个有效的式子。',
  'chain.multi.point': '取点',
  'chain.multi.pointX': '点的 x 坐标（↑/↓ 每次改变 0.1）',
  'chain.multi.pointY': '点的 y 坐标（↑/↓ 每次改变 0.1）',
  'chain.multi.paneTabs': '路径求和或推导',
  'chain.multi.pane.sums': '各路径求和',
  'chain.multi.pane.derivation': '推导（全微分）',
  'chain.multi.openGraph': '作为计算图打开',
  'chain.multi.openGraphTitle': '把代入 u、v 后的 z(x, y) 在此点作为计算图打开',
  'chain.multi.diagramAria': '从 x、y 经 u、v 到 z 的路径图；每条边上标有局部偏导数',
  'chain.multi.composed': '代入 u、v 后：',
  'chain.multi.sum': '各路径之和：',
  'chain.multi.direct': '直接对 z(x, y) 求偏导：',
  'chain.multi.numeric': '中心差分：',
  'chain.multi.agree': '各路径之和等于直接求得的偏导数。',

  'chain.diff.title': '用全微分推导',
  'chain.diff.general': '一般形式',
  'chain.diff.instance': '本例',
  'chain.diff.outer': '写出 z = f(u, v) 的全微分：每个中间变量贡献“偏导数 × 自身的变化量”。',
  'chain.diff.inner': '对中间变量做同样的事：x 或 y 变化时，u = g(x, y) 和 v = h(x, y) 都随之变化。',
  'chain.diff.substitute': '把 du 和 dv 代入 dz。',
  'chain.diff.collect': '展开，并按 dx 和 dy 合并同类项。',
  'chain.diff.read': 'dx 的系数就是 ∂z/∂x，dy 的系数就是 ∂z/∂y：每条路径一个乘积，再对路径求和。在所取的点处：',
};
