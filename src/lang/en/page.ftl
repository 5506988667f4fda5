# The page itself: its title and description (search engines, browser tabs, link previews), the
# language switch, and the messages of the loader (src/host/loader.js, index.html), which show
# before the widget has started or after it has stopped.

page-title = { -product-name }
page-description = An anonymous self-assessment of how ready a partnership is, across commitment, clarity of purpose, coordination, trust, communication and conflict resolution. Runs in your browser; nothing is sent anywhere.

## The language switch. Each language's name is written in that language, in every file.

language-switch-label = Language
language-name-cy = Cymraeg
language-name-en = English
# $language is one of the names above.
language-load-failed = The { $language } version could not be loaded, so this page stays as it was. Check your connection and choose it again.
# Shown in place of the one above when the visit started in that language and its file never arrived.
language-load-failed-start = The { $language } version could not be loaded, so this page is shown in English. Check your connection, then choose { $language } above to try again.

## The loader's messages (src/host/loader.js and index.html): shown before the widget has started,
## or when it has stopped. They cannot use { $variables } other than $error.

loader-loading = Loading the { -product-name }…
# $error is the browser's own technical message, in the browser's language.
loader-could-not-start = The { -product-name } could not start in this browser or frame. Try opening it in its own tab. ({ $error })
loader-stopped = Sorry, something went wrong and this page has stopped working.
loader-stopped-detail = Whatever was already saved in this browser is kept. Reload the page to carry on.
loader-reload = Reload the page
loader-noscript = The { -product-name } runs in your browser and needs JavaScript and WebAssembly switched on.

## The page for an address that matches no file (404.html, written when the widget is built, in

## The welcome written into the page, before the widget has started

# Shown when a person clicks the welcome written into the page before the widget has started
# (a slow connection): radio buttons they set and the Start or language button they pressed are
# carried over once it starts.
prerender-getting-ready = Just a moment: the { -product-name } is still starting. What you chose will be kept.

## every language, English first): most often a link cut short or mistyped. Plain text only.

fallback-title = Page not found
fallback-heading = We could not find this page
fallback-explanation = The address may have been mistyped or cut short, or the page may have moved. If someone sent you a link to a result, ask them to copy the whole link and send it again.
fallback-start = Go to the start of the { -product-name }

## A view this build leaves out (a site can build the widget without its later pages)

left-out-heading = Not in this version
left-out-results = Results are not shown in this version of the { -product-name }. The organisation that put it on its website chose a version without them.
left-out-shared-result = This version of the { -product-name } cannot open shared results. Ask the person who sent you the link to share their result as an image or a printout instead.
left-out-comparison = This version of the { -product-name } cannot compare partners’ results.
left-out-guide = The facilitator’s guide is not part of this version of the { -product-name }.
left-out-back = Go to the assessment

## A later part of the widget (the results, a shared result, the comparison, the guide) is
## fetched when it is first needed; these hold its place until it is here.

part-loading = Loading this part of the { -product-name }…
# The part could not be fetched (the connection dropped, or the server failed): a heading, then
# the text under it. The button tries at once; the page also tries again by itself when the
# browser is back online.
part-failed-heading = This part of the { -product-name } could not be loaded
part-failed = The connection may have dropped. Try again, or it will be tried by itself as soon as you are back online. Whatever was already saved in this browser is kept.
part-failed-retry = Try again
# The website now has a newer version of the widget, and this page (opened before the update)
# cannot load its parts any more: a heading, then the text under it. Under them: a reload
# button, and "part-failed-retry" (the server may only have been slow).
part-updated-heading = The { -product-name } was updated: reload to continue
part-updated = Whatever was already saved in this browser is kept.
part-updated-reload = Reload the page
