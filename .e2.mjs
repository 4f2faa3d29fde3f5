const t0 = performance.now();
await import('echarts');
console.log('full', (performance.now()-t0).toFixed(0));
