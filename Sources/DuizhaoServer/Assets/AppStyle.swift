/// The app's style sheet, served at `/assets/app.css` (embedded: the server needs no files).
enum AppStyle {
    static let css = """
        :root{--fg:#1f2328;--muted:#57606a;--line:#d0d7de;--soft:#f6f8fa;--accent:#0969da;--ok:#1a7f37;--warn:#9a6700;--bad:#b42318}
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:var(--fg);background:#fff}
        a{color:var(--accent)}
        header.bar{display:flex;align-items:center;gap:1.5rem;padding:.6rem 1.5rem;border-bottom:1px solid var(--line);background:var(--soft);flex-wrap:wrap}
        header.bar .brand{font-weight:700;font-size:1.1rem;color:var(--fg);text-decoration:none}
        header.bar nav{display:flex;gap:.25rem;flex-wrap:wrap}
        header.bar nav a{padding:.3rem .7rem;border-radius:6px;text-decoration:none;color:var(--fg)}
        header.bar nav a[aria-current=page]{background:#fff;border:1px solid var(--line);font-weight:600}
        main.page{max-width:72rem;margin:0 auto;padding:1.2rem 1.5rem 3rem}
        main.page.wide{max-width:none}
        h1{font-size:1.5rem;margin:.3rem 0 .6rem}
        h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
        .lead{color:var(--muted);margin-top:0}
        .hint{color:var(--muted);font-size:.85rem}
        label{font-weight:600;font-size:.9rem}
        textarea,input,select,button{font:inherit}
        textarea{width:100%;padding:.6rem;border:1px solid var(--line);border-radius:6px;resize:vertical}
        input[type=search],input[type=text],input:not([type]){padding:.45rem .6rem;border:1px solid var(--line);border-radius:6px}
        select{padding:.35rem;border:1px solid var(--line);border-radius:6px;background:#fff}
        button{padding:.45rem 1rem;border:1px solid #1f6feb;border-radius:6px;background:#1f6feb;color:#fff;cursor:pointer;font-weight:600}
        button.secondary{background:#fff;color:var(--accent)}
        .row{display:flex;gap:1rem;align-items:center;flex-wrap:wrap;margin:.6rem 0}
        .row label{font-weight:400}
        .drop{border:2px dashed var(--line);border-radius:8px;padding:.8rem;margin:.6rem 0;background:var(--soft)}
        .drop.over{border-color:var(--accent);background:#ddf4ff}
        .columns{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
        @media(max-width:50rem){.columns{grid-template-columns:1fr}}
        table{border-collapse:collapse;width:100%;font-size:.9rem}
        th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
        th{background:var(--soft)}
        td.num{text-align:right;font-variant-numeric:tabular-nums}
        .status{display:inline-block;font-size:.72rem;text-transform:uppercase;letter-spacing:.04em;border:1px solid var(--line);border-radius:.6rem;padding:0 .45rem;color:var(--muted);white-space:nowrap}
        .status-official{border-color:var(--ok);color:var(--ok)}
        .status-established{border-color:var(--accent);color:var(--accent)}
        .status-deprecated,.status-failed{border-color:var(--bad);color:var(--bad)}
        .status-ok{border-color:var(--ok);color:var(--ok)}
        .zh{font-size:1.05em}
        .py{color:var(--muted)}
        .lookup-box{display:flex;gap:.5rem;margin:.5rem 0}
        .lookup-box input{flex:1;font-size:1.2rem;padding:.55rem .7rem}
        ol.results{list-style:none;padding:0;margin:.5rem 0;border:1px solid var(--line);border-radius:8px;overflow:hidden}
        ol.results li{border-bottom:1px solid var(--line)}
        ol.results li:last-child{border-bottom:0}
        ol.results a{display:grid;grid-template-columns:minmax(7rem,auto) minmax(8rem,auto) 1fr auto;gap:.8rem;align-items:baseline;padding:.5rem .8rem;text-decoration:none;color:var(--fg)}
        ol.results a:hover,ol.results a.active{background:#ddf4ff}
        ol.results .why{color:var(--muted);font-size:.8rem}
        .card{border:1px solid var(--line);border-radius:10px;padding:1rem 1.3rem;max-width:46rem}
        .card h1{font-size:2rem;margin:0}
        .card .en{font-size:1.25rem;margin:.2rem 0 .8rem}
        dl.fields{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}
        dl.fields dt{color:var(--muted)}
        dl.fields dd{margin:0;overflow-wrap:anywhere}
        .tabs{display:flex;gap:.25rem;border-bottom:1px solid var(--line);margin:.8rem 0 0}
        .tabs a{padding:.4rem .9rem;border:1px solid transparent;border-bottom:0;border-radius:6px 6px 0 0;text-decoration:none}
        .tabs a[aria-current=page]{border-color:var(--line);background:#fff;margin-bottom:-1px;font-weight:600;color:var(--fg)}
        .downloads{margin:.6rem 0;font-size:.9rem}
        .downloads a{display:inline-block;margin:0 .5rem .3rem 0;padding:.1rem .55rem;border:1px solid var(--line);border-radius:5px;text-decoration:none}
        iframe.viewer{width:100%;height:78vh;border:1px solid var(--line);border-top:0;background:#fff}
        .filters{display:flex;gap:1rem;flex-wrap:wrap;align-items:end;margin:.5rem 0 1rem}
        .filters label{display:flex;flex-direction:column;gap:.2rem}
        .counts{color:var(--muted);font-size:.9rem}
        .error-box{border:1px solid var(--bad);border-radius:8px;padding:1rem;background:#fff5f5}
        pre.tsv{max-height:20rem;overflow:auto;background:var(--soft);padding:.6rem;border-radius:6px;font-size:.8rem}
        ul.recent{padding-left:1.2rem}
        """
}
