// Draws the ECharts charts of a page from their options in data-chart attributes (no inline scripts).
(function () {
  'use strict';
  var charts = [];
  document.querySelectorAll('[data-chart]').forEach(function (element) {
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(JSON.parse(element.dataset.chart));
    charts.push(chart);
  });
  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
})();
