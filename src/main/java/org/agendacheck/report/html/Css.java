package org.agendacheck.report.html;

/** The report's one style sheet, inline in the page. */
final class Css {
  private Css() {}

  static final String BASE = """
      :root{--err:#a3001b;--err-bg:#fde4e8;--warn:#7a4f00;--warn-bg:#fff1c9;--info:#0a4f96;
      --info-bg:#e3eefb;--part:#5b2fa8;font-family:system-ui,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif}
      body{margin:0 auto;max-width:110rem;padding:0 1.5rem 4rem;color:#1b1b1b;background:#fff;line-height:1.4}
      h1{font-size:1.6rem;margin:1rem 0 .5rem}h2{font-size:1.3rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #ccc}
      h3{font-size:1.1rem;margin:1.2rem 0 .3rem}h4{font-size:1rem;margin:.2rem 0}
      a{color:#0b4a8f}a:focus,[tabindex]:focus{outline:3px solid #111;outline-offset:2px}
      .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.3rem;z-index:9}
      dl.summary{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0}
      dl.summary .count{border:1px solid #bbb;border-radius:4px;padding:.3rem .8rem;min-width:6rem}
      dl.summary dt{font-size:.8rem;color:#444}dl.summary dd{margin:0;font-size:1.4rem;font-weight:600}
      .verdict{font-size:1.1rem;padding:.4rem .8rem;border-radius:4px;display:inline-block}
      .verdict.fail{background:var(--err-bg);color:var(--err);border:2px solid var(--err)}
      .verdict.pass{background:#e3f6e6;color:#14591f;border:2px solid #14591f}
      .keys{font-size:.85rem;color:#444}
      .badge{display:inline-block;border-radius:3px;padding:0 .35rem;font-size:.85rem;font-weight:600;white-space:nowrap}
      .badge.sev-error{background:var(--err);color:#fff}.badge.sev-warning{background:var(--warn-bg);color:var(--warn);border:1px solid var(--warn)}
      .badge.sev-info{background:var(--info-bg);color:var(--info);border:1px solid var(--info)}
      .filters input{margin-left:.8rem}.filters label{cursor:pointer}.flabel{font-weight:600;margin-left:.4rem}
      #fs-error:not(:checked) ~ ol .sev-error,#fs-warning:not(:checked) ~ ol .sev-warning,
      #fs-info:not(:checked) ~ ol .sev-info{display:none}
      ol.findings{padding-left:2.5rem}ol.findings li{margin:.35rem 0}
      ol.findings li:target{background:#fffbd6;outline:2px solid #111}
      .arith{display:block;font-size:.85rem;color:#333}.arith b{font-variant-numeric:tabular-nums}
      .scroll{overflow-x:auto;max-width:100%}
      table{border-collapse:collapse;margin:.3rem 0 1rem;font-size:.9rem}
      th,td{border:1px solid #bbb;padding:.15rem .5rem;position:relative}
      thead th{background:#eef1f4;position:sticky;top:0;z-index:1}
      td{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      tbody th{text-align:left;font-weight:normal;max-width:28rem}
      tr.section th{background:#f6f6f6;font-weight:600;text-align:left}
      tr.total th,tr.total td,tr.subtotal th,tr.subtotal td{font-weight:600}
      tr.total td,tr.total th{border-top:2px solid #333}
      tr.elided td{text-align:center;color:#555;font-style:italic;background:#fafafa}
      .rid{color:#555;font-size:.85rem}.tid{color:#555;font-weight:normal}
      dl.meta{display:flex;flex-wrap:wrap;gap:.2rem 1rem;margin:.2rem 0;font-size:.85rem}
      dl.meta dt{font-weight:600}dl.meta dt::after{content:":"}dl.meta dd{margin:0}
      figure.tbl{margin:0 0 1.2rem}figcaption{position:relative}
      .mark.sev-error{background:var(--err-bg);box-shadow:inset 0 0 0 2px var(--err)}
      .mark.sev-warning{background:var(--warn-bg);box-shadow:inset 0 0 0 2px var(--warn)}
      .mark.sev-info{background:var(--info-bg);box-shadow:inset 0 0 0 2px var(--info)}
      .sym{font-size:.75rem;margin-left:.3rem;font-weight:700}
      .sev-error>.sym{color:var(--err)}.sev-warning>.sym{color:var(--warn)}.sev-info>.sym{color:var(--info)}
      .contrib{outline:2px dashed var(--part);outline-offset:-3px}
      .tip{display:none;position:absolute;left:0;top:100%;z-index:5;min-width:22rem;max-width:36rem;
      background:#fff;color:#111;border:1px solid #333;border-radius:4px;padding:.4rem .6rem;
      box-shadow:0 2px 8px rgba(0,0,0,.25);text-align:left;white-space:normal;font-weight:normal}
      .tipline{display:block;margin:.15rem 0}
      .mark:hover>.tip,.mark:focus>.tip,.mark:focus-within>.tip,.mark:target>.tip,
      .contrib:hover>.tip,.contrib:focus>.tip{display:block}
      :target{scroll-margin-top:4rem}td:target,th:target{outline:3px solid #111}
      ul.onsource{list-style:none;padding:0}ul.onsource li{padding:.3rem .5rem;margin:.2rem 0}
      .summarised,.cols{font-size:.9rem;color:#333}
      @media print{
      body{max-width:none;padding:0;font-size:9pt}.skip,.filters>input,.filters>label,.flabel,.keys,.tip{display:none!important}
      .scroll{overflow:visible}table{font-size:8pt;page-break-inside:auto}tr{break-inside:avoid}
      thead{display:table-header-group}thead th{position:static}a{color:inherit;text-decoration:none}
      .mark[data-n]::after{content:" [" attr(data-n) "]";font-size:7pt;font-weight:700}
      .mark,.badge,.verdict{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      ol.findings li{display:list-item!important}}
      """;
}
