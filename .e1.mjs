const t0 = performance.now();
const core = await import('echarts/core');
const t1 = performance.now();
await import('echarts/renderers').then(m => core.use([m.SVGRenderer]));
const t2 = performance.now();
await Promise.all(['chart/line','chart/bar','component/title','component/legend','component/grid','component/markLine','component/graphic'].map(p => import('echarts/lib/'+p+'.js')));
const t3 = performance.now();
console.log('core', (t1-t0).toFixed(0), 'renderers', (t2-t1).toFixed(0), 'parts', (t3-t2).toFixed(0), 'total', (t3-t0).toFixed(0));
