// The preview's own functions. Injected once per page load into the isolated application
// world (page scripts are off); Python calls them with JSON arguments, e.g.
// __articleEditor.update(header, start, count, htmls, reset).
'use strict';

(function () {
  // The nodes of each top-level block shown, in order; a block may hold several nodes.
  var blocks = [];

  function lineOf(el) {
    return parseInt(el.getAttribute('data-line'), 10);
  }

  function anchored() {
    return document.querySelectorAll('#article-body > [data-line]');
  }

  window.__articleEditor = {
    // Another article's page: empty it and (with `href`) resolve its links and images
    // against `href`, its folder, as a fresh page shell for that folder would.
    moveTo: function (href) {
      document.getElementById('article-header').textContent = '';
      document.getElementById('article-body').textContent = '';
      blocks = [];
      if (href !== null) {
        var base = document.querySelector('base');
        if (base === null) {
          base = document.createElement('base');
          document.head.insertBefore(base, document.head.firstChild);
        }
        base.href = href;
      }
      window.scrollTo(0, 0);
    },
    // A link to a place on this page whose URL names the <base> folder (see moveTo).
    scrollToAnchor: function (id) {
      var target = document.getElementById(id) || document.getElementsByName(id)[0];
      if (target) target.scrollIntoView();
    },
    // Centre the review mark numbered `index` (the id core's review marks extension gives).
    scrollToMark: function (index) {
      var mark = document.getElementById('critic-' + index);
      if (mark) mark.scrollIntoView({block: 'center'});
      return Boolean(mark);
    },
    // Replace blocks [start, start + count) by `htmls`; `reset` rebuilds the body.
    update: function (header, start, count, htmls, reset) {
      var body = document.getElementById('article-body');
      if (reset) {
        body.textContent = '';
        blocks = [];
      }
      if (header !== null) {
        document.getElementById('article-header').innerHTML = header;
      }
      var anchor = null;
      for (var i = start + count; i < blocks.length && anchor === null; i++) {
        if (blocks[i].length) anchor = blocks[i][0];
      }
      for (var j = start; j < start + count && j < blocks.length; j++) {
        blocks[j].forEach(function (node) { node.remove(); });
      }
      var fresh = htmls.map(function (html) {
        var t = document.createElement('template');
        t.innerHTML = html;
        var nodes = Array.prototype.slice.call(t.content.childNodes);
        nodes.forEach(function (node) { body.insertBefore(node, anchor); });
        return nodes;
      });
      Array.prototype.splice.apply(blocks, [start, count].concat(fresh));
      return blocks.length;
    },

    // The source line at the top of the view, interpolated between the blocks around it.
    lineAtTop: function () {
      var els = anchored();
      var y = window.scrollY;
      if (!els.length || y <= 0) return 1;
      var prevLine = 1, prevTop = 0;
      for (var i = 0; i < els.length; i++) {
        var top = els[i].getBoundingClientRect().top + y;
        var line = lineOf(els[i]);
        if (top > y) {
          var span = top - prevTop;
          return prevLine + (span > 0 ? (line - prevLine) * (y - prevTop) / span : 0);
        }
        prevLine = line; prevTop = top;
      }
      return prevLine;
    },

    // Scroll so that source line `target` (fractional) is at the top of the view.
    scrollToLine: function (target) {
      var els = anchored();
      var y = window.scrollY;
      var prevLine = 1, prevTop = 0;
      for (var i = 0; i < els.length; i++) {
        var top = els[i].getBoundingClientRect().top + y;
        var line = lineOf(els[i]);
        if (line > target) {
          var span = line - prevLine;
          var to = prevTop + (span > 0 ? (top - prevTop) * (target - prevLine) / span : 0);
          window.scrollTo(0, to);
          return to;
        }
        prevLine = line; prevTop = top;
      }
      window.scrollTo(0, prevTop);
      return prevTop;
    },

    // The source line of the block at viewport point (x, y), or 0.
    lineAtPoint: function (x, y) {
      var el = document.elementFromPoint(x, y);
      while (el && !(el.hasAttribute && el.hasAttribute('data-line'))) el = el.parentElement;
      return el ? lineOf(el) : 0;
    },

    // Follow the editor's palette: "dark" or "light" (article.css has colours for both).
    setTheme: function (name) {
      var root = document.documentElement;
      root.classList.remove('theme-dark', 'theme-light');
      root.classList.add('theme-' + name);
      return name;
    },

    // Show the article as on a desktop, tablet or phone screen.
    setWidth: function (name) {
      document.body.classList.remove('width-desktop', 'width-tablet', 'width-phone');
      document.body.classList.add('width-' + name);
      return name;
    },

    // Leave ``px`` pixels free above the article for the window's note over the page; on
    // screen only, so that a PDF printed from the page does not start with the gap.
    setTopInset: function (px) {
      var style = document.getElementById('window-note-inset');
      if (!style) {
        style = document.createElement('style');
        style.id = 'window-note-inset';
        document.head.appendChild(style);
      }
      style.textContent = px ? '@media screen { html { padding-top: ' + px + 'px; ' +
        'scroll-padding-top: ' + px + 'px; } }' : '';
      return px;
    }
  };
})();
