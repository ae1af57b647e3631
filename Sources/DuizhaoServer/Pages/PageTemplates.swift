/// The Mustache templates of the app's pages (embedded). `{{…}}` escapes for HTML; no
/// template uses the unescaped forms. Each page fills the layout's `content` block.
enum PageTemplates {
    static let all: [String: String] = [
        "layout": layout, "annotate": annotate, "document": document, "lookup": lookup, "term": term,
        "glossary": glossary, "batch": batch, "check": check, "report": report, "error": error,
    ]

    static let layout = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} — duizhao</title>
        <link rel="stylesheet" href="/assets/app.css">
        <link rel="icon" href="data:,">
        </head>
        <body>
        <header class="bar"><a class="brand" href="/">duizhao <span lang="zh-Hans">对照</span></a>
        <nav>{{#nav}}<a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a>{{/nav}}</nav></header>
        <main class="page{{#wide}} wide{{/wide}}">
        {{$content}}{{/content}}
        </main>
        <script src="/assets/app.js"></script>
        </body>
        </html>
        """

    static let annotate = """
        {{<layout}}{{$content}}
        <h1>Annotate a document</h1>
        <p class="lead">Paste Chinese text or drop a file (plain text, HTML or Markdown in UTF-8, GB18030, Big5 or UTF-16). You get the parallel page, the English brief and every output format. Nothing is written to disk.</p>
        <form class="annotate" method="post" action="/annotate" enctype="multipart/form-data">
        <label for="text">Text</label>
        <textarea id="text" name="text" rows="12" lang="zh-Hans" placeholder="粘贴中文文本…"></textarea>
        <div class="drop" id="drop"><label for="file">Or a file:</label> <input type="file" id="file" name="file" data-drop accept=".txt,.text,.md,.markdown,.html,.htm,.xhtml"> <span class="hint">or drop one anywhere on this page</span></div>
        <div class="row">
        <label>Kind <select name="kind"><option value="auto">from the file name or content</option><option value="text">plain text</option><option value="markdown">Markdown</option><option value="html">HTML</option></select></label>
        <label>Encoding <input type="text" name="encoding" placeholder="detect" size="10"></label>
        <button type="submit" id="annotate-button">Annotate</button>
        </div>
        </form>
        {{#hasRecent}}<h2>Annotated in this session</h2>{{/hasRecent}}
        <ul class="recent">{{#recent}}<li><a href="/documents/{{id}}" lang="zh-Hans">{{title}}</a> <span class="hint">{{name}} · {{terms}} terms</span></li>{{/recent}}</ul>
        {{/content}}{{/layout}}
        """

    static let document = """
        {{<layout}}{{$content}}
        <h1 lang="zh-Hans">{{title}}</h1>
        <p class="hint">{{name}} · {{kind}} · {{encoding}} · {{sentences}} sentences · {{termCount}} glossary terms</p>
        <div class="downloads">Download: {{#downloads}}<a href="{{href}}" download>{{label}}</a>{{/downloads}}</div>
        <nav class="tabs"><a href="/documents/{{id}}"{{#parallel}} aria-current="page"{{/parallel}}>Parallel page</a><a href="/documents/{{id}}?tab=brief"{{#brief}} aria-current="page"{{/brief}}>Brief</a></nav>
        <iframe class="viewer" id="viewer" src="{{frame}}" title="{{frameTitle}}"></iframe>
        <p class="hint"><a href="{{frame}}">Open this page on its own</a></p>
        {{/content}}{{/layout}}
        """

    static let lookup = """
        {{<layout}}{{$content}}
        <h1>Look a term up</h1>
        <form method="get" action="/lookup" role="search" class="lookup-box">
        <input type="search" id="q" name="q" value="{{query}}" autocomplete="off" autofocus aria-label="Term" aria-controls="answer" placeholder="放管服 · fangguanfu · fàng guǎn fú · Peacock Plan">
        <button type="submit">Look up</button>
        </form>
        <p class="hint">Simplified or Traditional characters, pinyin with or without tones, or English. ↑ ↓ move through the answers, Enter opens one.</p>
        <div id="answer" aria-live="polite">
        {{#hasResults}}<ol class="results" id="results">{{/hasResults}}{{#results}}<li><a href="/terms/{{id}}"><span class="zh" lang="zh-Hans">{{zh}}</span><span class="py">{{pinyin}}</span><span class="en">{{en}}</span><span class="status status-{{status}}">{{status}}</span></a></li>{{/results}}{{#hasResults}}</ol>{{/hasResults}}
        {{#noResults}}<p class="hint">No glossary entry for this.</p>{{/noResults}}
        {{#hasSuggestions}}<p class="hint">Did you mean:</p><ol class="results">{{/hasSuggestions}}{{#suggestions}}<li><a href="/terms/{{id}}"><span class="zh" lang="zh-Hans">{{zh}}</span><span class="py">{{matched}}</span><span class="en">{{en}}</span><span class="why">close</span></a></li>{{/suggestions}}{{#hasSuggestions}}</ol>{{/hasSuggestions}}
        {{#dictionary}}<p class="hint">Not in the glossary. CC-CEDICT (dictionary layer, not a curated rendering) has {{word}}:</p><ol class="results">{{#entries}}<li><a href="#"><span class="zh" lang="zh-Hans">{{simplified}}</span><span class="py">{{pinyinNumbered}}</span><span class="en">{{sensesText}}</span><span class="status">dictionary</span></a></li>{{/entries}}</ol>{{/dictionary}}
        </div>
        {{/content}}{{/layout}}
        """

    static let term = """
        {{<layout}}{{$content}}
        <article class="card" id="term-card">
        <h1><span lang="zh-Hans">{{zh}}</span>{{#traditional}} <span lang="zh-Hant" class="py">{{.}}</span>{{/traditional}}</h1>
        <p class="py">{{pinyin}}</p>
        <p class="en">{{en}} <span class="status status-{{status}}">{{status}}</span></p>
        <dl class="fields">
        <dt>Source</dt><dd>{{source}}</dd>
        <dt>Category</dt><dd>{{category}}</dd>
        {{#hasAlternatives}}<dt>Alternatives</dt><dd>{{/hasAlternatives}}{{#alternatives}}{{separator}}{{text}}{{#status}} <span class="status status-{{.}}">{{.}}</span>{{/status}}{{/alternatives}}{{#hasAlternatives}}</dd>{{/hasAlternatives}}
        {{#fullForm}}<dt>Full form</dt><dd lang="zh-Hans">{{.}}</dd>{{/fullForm}}
        {{#variants}}<dt>Variants</dt><dd lang="zh-Hans">{{.}}</dd>{{/variants}}
        {{#note}}<dt>Note</dt><dd>{{.}}</dd>{{/note}}
        <dt>Entry</dt><dd><code>{{id}}</code>{{#origin}} · {{.}}{{/origin}}</dd>
        <dt>Permalink</dt><dd><a href="/terms/{{id}}">/terms/{{id}}</a></dd>
        </dl>
        </article>
        <p><a href="/lookup">Look up another term</a></p>
        {{/content}}{{/layout}}
        """

    static let glossary = """
        {{<layout}}{{$content}}
        <h1>Glossary</h1>
        <form method="get" action="/glossary" class="filters">
        <label>Category <select name="category"><option value="">all</option>{{#categories}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}} ({{count}})</option>{{/categories}}</select></label>
        <label>Status <select name="status"><option value="">all</option>{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}} ({{count}})</option>{{/statuses}}</select></label>
        <label>Source <select name="source"><option value="">all</option>{{#sources}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}} ({{count}})</option>{{/sources}}</select></label>
        <label>Contains <input type="text" name="q" value="{{query}}" size="14"></label>
        <button type="submit">Filter</button>
        </form>
        <p class="counts">{{shown}} of {{total}} entries. Export these as <a href="/glossary/export.tbx{{filterQuery}}">TBX</a> · <a href="/glossary/export.tsv{{filterQuery}}">TSV</a> · <a href="/glossary/export.csv{{filterQuery}}">CSV</a></p>
        <div class="table-wrap"><table>
        <thead><tr><th>Chinese</th><th>English</th><th>Category</th><th>Status</th><th>Source</th></tr></thead>
        <tbody>{{#entries}}<tr><td><a href="/terms/{{id}}" lang="zh-Hans">{{zh}}</a></td><td>{{en}}</td><td>{{category}}</td><td><span class="status status-{{status}}">{{status}}</span></td><td>{{source}}</td></tr>{{/entries}}</tbody>
        </table></div>
        {{/content}}{{/layout}}
        """

    static let batch = """
        {{<layout}}{{$content}}
        <h1>Batch</h1>
        {{^available}}<p class="lead">No batch folder is being served. Start the server with <code>duizhao serve --batch DIR</code>, where DIR is the <code>--out</code> folder of a <code>duizhao batch</code> run.</p>{{/available}}
        {{#available}}
        {{^hasReport}}<p class="lead">This folder has no batch report yet: run <code>duizhao batch</code> into it first.</p>{{/hasReport}}
        {{#hasReport}}
        <p class="counts">{{documentCount}} documents: {{processed}} processed, {{unchanged}} unchanged, {{failed}} failed. <a href="/batch/files/{{reportFile}}">The batch report</a></p>
        <h2>Documents</h2>
        <div class="table-wrap"><table>
        <thead><tr><th>Input</th><th>Status</th><th>Page</th><th>Brief</th><th>Problem</th></tr></thead>
        <tbody>{{#documents}}<tr><td>{{input}}</td><td><span class="status status-{{statusClass}}">{{outcome}}</span></td><td>{{#page}}<a href="/batch/files/{{.}}">page</a>{{/page}}</td><td>{{#brief}}<a href="/batch/files/{{.}}">brief</a>{{/brief}}</td><td>{{error}}</td></tr>{{/documents}}</tbody>
        </table></div>
        <h2>New-term candidates</h2>
        <p class="hint">{{candidateCount}} candidates the glossary does not know yet, as glossary TSV rows (status <code>proposed</code>: review every rendering before adding it). <a href="/batch/candidates.tsv" download>Download</a> <button type="button" class="secondary" data-copy="candidates-tsv" hidden>Copy</button></p>
        <pre class="tsv" id="candidates-tsv">{{candidatesTSV}}</pre>
        {{/hasReport}}
        {{/available}}
        {{/content}}{{/layout}}
        """

    static let check = """
        {{<layout}}{{$content}}
        <h1>Check a translation</h1>
        <p class="lead">Paste a Chinese text and its English translation, or drop one bilingual file (TMX, XLIFF, or TSV with Chinese and English columns). Terms without their glossary renderings, deprecated renderings, inconsistent renderings and numbers that do not match are listed.</p>
        <form method="post" action="/check" enctype="multipart/form-data">
        <div class="columns">
        <div><label for="source">Chinese</label><textarea id="source" name="source" rows="10" lang="zh-Hans"></textarea></div>
        <div><label for="translation">English</label><textarea id="translation" name="translation" rows="10" lang="en"></textarea></div>
        </div>
        <div class="drop" id="drop"><label for="file">Or a bilingual file:</label> <input type="file" id="file" name="file" data-drop accept=".tmx,.xlf,.xliff,.tsv,.tab"> <span class="hint">or drop one anywhere on this page</span></div>
        <div class="row"><button type="submit">Check</button></div>
        </form>
        {{/content}}{{/layout}}
        """

    static let report = """
        {{<layout}}{{$content}}
        <h1>Translation check</h1>
        <p class="counts">{{summary}}</p>
        <p class="counts">{{counts}}</p>
        <div class="downloads">Download: <a href="/checks/{{id}}/report.json" download>JSON</a><a href="/checks/{{id}}/report.html" download>HTML</a></div>
        <iframe class="viewer" id="viewer" src="/checks/{{id}}/view" title="Findings"></iframe>
        {{/content}}{{/layout}}
        """

    static let error = """
        {{<layout}}{{$content}}
        <div class="error-box" role="alert">
        <h1>{{status}} {{reason}}</h1>
        <p>{{message}}</p>
        </div>
        <p><a href="/">Back to Annotate</a></p>
        {{/content}}{{/layout}}
        """
}
