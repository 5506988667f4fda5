# The words around the questionnaire: the notices above the page (problems with saving, news
# from another tab), the questions asked before anything is deleted or replaced, the footer with
# the privacy promise and the saved data kept aside, the title line, and what the page says when
# the browser refuses something.
#
# Several messages quote another message (a button or a heading) inside “ ”: they write it as a
# reference, { footer-kept-title } say, so the quotation always matches the label on the page.

## Notices above the page: one box each, with a "Dismiss" button

notice-dismiss = Dismiss

# The saved answers could not be read when the page opened. Shown in bold, then
# notice-unreadable-reason, then notice-unreadable-kept or notice-unreadable-not-kept.
notice-unreadable-title = Your saved answers could not be loaded.
# $reason is one of the storage-reason-… messages below, which start with a small letter.
notice-unreadable-reason = Reason: { $reason }.
# Quotes the heading of the footer's list of saved data kept aside.
notice-unreadable-kept = A copy of the unreadable data has been kept in this browser, so nothing is lost: you can download it under “{ footer-kept-title }” at the foot of the page. You are starting a fresh assessment.
notice-unreadable-not-kept = We could not keep a copy of it, so to avoid losing it nothing will be saved until you choose to replace it.
# A button: write over the unreadable data and start saving again.
notice-unreadable-replace = Replace it and save from now on

# The same assessment is open in another tab or window of this browser, and the answers there
# are newer.
notice-other-tab = Your answers were updated from another tab or window where this assessment is open.
notice-deleted-elsewhere = Your answers were deleted in another tab or window. This one now starts afresh.

# Another page of the same website emptied this browser's storage (a sign-out step, say). The
# first sentence: $removed is notice-cleared-elsewhere-removed, which is shown in bold; put it
# wherever the sentence needs it.
notice-cleared-elsewhere-removed = Your saved answers were removed from this browser by another page of this website
notice-cleared-elsewhere = { $removed } (for example when someone signed out there).
# The second sentence: $answers is how many answers this page still holds, $results how many
# earlier results.
notice-cleared-elsewhere-kept = { $results ->
        [0] This page still holds your { $answers ->
                [one] { $answers } answer
               *[other] { $answers } answers
            }, but it has stopped saving so that nothing comes back without your say.
        [one] This page still holds your { $answers ->
                [one] { $answers } answer
               *[other] { $answers } answers
            } and { $results } earlier result, but it has stopped saving so that nothing comes back without your say.
       *[other] This page still holds your { $answers ->
                [one] { $answers } answer
               *[other] { $answers } answers
            } and { $results } earlier results, but it has stopped saving so that nothing comes back without your say.
    }
# Buttons: save again what this page holds, or accept that it is gone.
notice-cleared-keep = Keep my answers on this device
notice-cleared-start-afresh = Start afresh

# A newer version of this tool saved the answers; this (older) page will not write over them.
# The first sentence is shown in bold.
notice-newer-data-title = This page is older than the answers saved in this browser.
notice-newer-data = They were saved by a newer version of this check, so this page will not save anything over them, to keep them safe. Your answers here are still in this tab, and in any copy listed at the foot of this page. Reload the page to get the newer version.
notice-newer-data-reload = Reload the page

# "Delete my answers" did not remove everything. The first sentence is shown in bold, then one
# of the two reasons, then the advice.
notice-delete-failed-title = Your answers could not all be deleted from this browser.
notice-delete-failed-unavailable = The browser is not letting this page use its storage just now.
notice-delete-failed-refused = The browser refused.
notice-delete-failed-advice = Try again later, or clear this site’s data in the browser’s settings.

# The person put back a copy of saved answers that had been kept aside. $count is how many
# answers it holds (the English says "answers" for every number).
notice-restored = { $count ->
        [one] Your answers were replaced with the 1 kept answer. The answers you had before are kept aside under “{ footer-kept-title }” at the foot of the page.
       *[other] Your answers were replaced with the { $count } kept answers. The answers you had before are kept aside under “{ footer-kept-title }” at the foot of the page.
    }

# Saved answers may not last where the page runs: one of the first two sentences, then the
# third, which quotes a button on the results page.
notice-may-not-last-foreign-frame = This check is shown inside another website, so your browser keeps its answers apart for that website and may clear them sooner than usual.
notice-may-not-last-week = This browser deletes what websites save if you do not come back within seven days, so your answers may be gone after a week away.
notice-may-not-last-export = To keep a copy you can bring back, use “{ share-export-json }” on the results page.

notice-deleted = Your answers have been deleted from this browser.

# Some earlier results could not be read. $count is how many (the English says "results … are"
# for every number); then one of the two sentences after it.
notice-history-lost = { $count ->
        [one] 1 of your earlier results on this device could not be read and is not listed.
       *[other] { $count } of your earlier results on this device could not be read and are not listed.
    }
notice-history-lost-kept = A copy of the stored list was kept aside in this browser.
notice-history-lost-not-kept = There was no room to keep a copy, so new results will not be added to the list until you delete your answers.
notice-history-newer = Your earlier results on this device were saved by a newer version of this check, so this page cannot list them and will not change them.
notice-history-unreadable-kept = The list of your earlier results on this device could not be read, so it starts afresh. A copy of the damaged list was kept aside in this browser.
notice-history-unreadable-not-kept = The list of your earlier results on this device could not be read, and there was no room to keep a copy, so new results will not be added to it until you delete your answers.

# Answers replaced from an exported file. $count is how many answers the file held (the English
# says "answers" for every number).
notice-imported = { $count ->
        [one] Your answers were replaced with the 1 answer from the file.
       *[other] Your answers were replaced with the { $count } answers from the file.
    }

# The questionnaire changed since the person started. $kept is how many of their answers still
# count (those to statements that did not change).
notice-questionnaire-updated = The questionnaire has a new edition since you started. { $kept ->
        [one] Your { $kept } answer to statements that did not change is kept.
       *[other] Your { $kept } answers to statements that did not change are kept.
    }
# After notice-questionnaire-updated, when the answers gave a result in the edition they were saved with.
notice-earlier-result-kept = The result they gave then is kept with your earlier results, with its original scores.
# An exported file from the first edition of the questionnaire was imported. $kept as above.
notice-imported-first-edition = The file was made with the first edition of the questionnaire. Its result is kept with your earlier results, with its original scores, and { $kept ->
        [one] { $kept } answer
       *[other] { $kept } answers
    } to statements that did not change carried over.
# An exported file from the second edition of the questionnaire was imported. $kept as above.
notice-imported-second-edition = The file was made with the second edition of the questionnaire. Its result is kept with your earlier results, with its original scores, and { $kept ->
        [one] { $kept } answer
       *[other] { $kept } answers
    } to statements that did not change carried over.
# Opens the list of statements added since, each a link to answer it.
notice-new-statements = { $count ->
        [one] { $count } statement is new to answer
       *[other] { $count } statements are new to answer
    }

## Saving problems, shown in a notice

storage-unavailable = This browser is not letting the page store anything, so your answers will not be kept if you close or reload it. Everything else works as usual.
storage-full = Your browser's storage for this site is full, so your latest answers could not be saved. They are kept in this tab until you close it.
# $detail is the browser's own explanation, in the browser's language.
storage-write-failed = Your browser refused to save your latest answers ({ $detail }). They are kept in this tab until you close it.
# The same, when the browser gave no explanation.
storage-write-failed-unknown = Your browser refused to save your latest answers (unknown error). They are kept in this tab until you close it.

## Why saved answers could not be read: each follows "Reason: " in notice-unreadable-reason, so
## it starts with a small letter and has no full stop

storage-reason-not-json = the saved answers are damaged and cannot be read
storage-reason-not-ours = the saved data was not written by this tool
# $version is the number of the storage format the newer version wrote.
storage-reason-newer = the saved answers come from a newer version of this tool (format { $version })
# $version is the (impossible) format number found.
storage-reason-unknown-version = the saved answers are in a format no version of this tool wrote ({ $version })
# $detail is a technical description of what is wrong, in English.
storage-reason-invalid = the saved answers are incomplete or damaged ({ $detail })
storage-reason-no-version = the saved answers are incomplete or damaged (no format version)
storage-reason-timestamps = the saved answers are incomplete or damaged (timestamps are not numbers)
# $index is the section number stored in the data, counted from 0.
storage-reason-no-section = the saved answers are incomplete or damaged (section { $index } does not exist)
# $edition is the (impossible) edition number of the questionnaire found.
storage-reason-no-edition = the saved answers are incomplete or damaged (edition { $edition } of the questionnaire does not exist)
# The time the answers were saved is more than a day later than this device's clock says it is now.
storage-reason-future = the saved answers are incomplete or damaged (saved more than a day ahead of this device’s clock)
# $id is the other questionnaire's identifier, as stored.
storage-reason-other-questionnaire = the saved answers belong to a different questionnaire ({ $id })

## The questions asked before anything is cleared, deleted or replaced: a heading, a text, a
## button that goes ahead and confirm-cancel

confirm-start-again-title = Start again?
confirm-start-again-text = This clears all your answers so you can take the assessment afresh. Your earlier results on this device stay.
confirm-start-again-yes = Yes, start again

# The button at the foot of every page that asks this question.
confirm-delete-open = Delete my answers
confirm-delete-title = Delete your answers?
# $removed lists what will be removed: the confirm-delete-… items below that apply, joined with
# list-two or list-more ("your 12 answers in progress, the name you gave your result and your
# list of 2 earlier results").
confirm-delete-text = This removes from this browser { $removed }. It cannot be undone. Links, pictures and files you have already shared or downloaded are not affected: they do not depend on this browser.
# The first item when this page holds no answers (storage may still hold some).
confirm-delete-any-answers = any answers saved in this browser
confirm-delete-answers = { $count ->
        [one] your { $count } answer in progress
       *[other] your { $count } answers in progress
    }
confirm-delete-name = the name you gave your result
confirm-delete-results = { $count ->
        [one] your list of { $count } earlier result
       *[other] your list of { $count } earlier results
    }
confirm-delete-copies = { $count ->
        [one] { $count } copy of saved data kept aside
       *[other] { $count } copies of saved data kept aside
    }
confirm-delete-yes = Yes, delete everything

# Putting back a copy kept aside. $incoming is how many answers the copy holds, $current how many
# the person has now.
confirm-restore-title = Use the kept answers?
confirm-restore-text = The kept copy holds { $incoming ->
        [one] { $incoming } answer
       *[other] { $incoming } answers
    }, which will replace the { $current ->
        [one] { $current } answer
       *[other] { $current } answers
    } you have here. Your current answers are kept aside first, so you can go back to them. Your earlier results on this device stay.
confirm-restore-yes = Yes, use the kept answers

# Importing an exported file. $current is how many answers the person has now, $incoming how many
# the file holds.
confirm-replace-title = Replace your answers with the file’s?
confirm-replace-text = You have { $current ->
        [one] { $current } answer
       *[other] { $current } answers
    } here. The file holds { $incoming ->
        [one] { $incoming } answer
       *[other] { $incoming } answers
    }, which will replace them. Your earlier results on this device stay.
# The same, when the file also gives the result a name that differs from the person's.
confirm-replace-text-renamed = You have { $current ->
        [one] { $current } answer
       *[other] { $current } answers
    } here. The file holds { $incoming ->
        [one] { $incoming } answer
       *[other] { $incoming } answers
    }, which will replace them, and its name for the result replaces yours. Your earlier results on this device stay.
confirm-replace-yes = Yes, replace my answers

confirm-cancel = Cancel

## The footer of every page (its button is confirm-delete-open), and the saved data kept aside

footer-privacy = Anonymous: your answers are kept only in this browser and are never sent anywhere.
# The heading of a list that opens. Saved data this page could not use is kept, not thrown away.
footer-kept-title = Saved data kept aside
# $count is how many copies are kept.
footer-kept-summary = { footer-kept-title } ({ $count })
footer-kept-explanation = This browser holds data that this page could not use. It is kept so that nothing is lost: take a copy as a file, or put saved answers back as your own. “{ confirm-delete-open }” removes these too.
# One line of the list each: what the copy is and $date when it was kept aside ("23 November
# 2026", date-long).
footer-kept-session = Saved answers that could not be read, kept on { $date }
footer-kept-history = A list of earlier results that could not be read, kept on { $date }
footer-kept-replaced = Answers you replaced with a kept copy, kept on { $date }
# This page's answers, which the person chose to keep after another page removed them, but a
# newer version of the tool had saved its own answers meanwhile.
footer-kept-unsaved = Answers this page could not save over a newer version’s, kept on { $date }
footer-kept-download = Download a copy
# A button: use the copy's answers as the person's own. $count is how many answers it holds.
footer-kept-use = { $count ->
        [one] Use this 1 answer
       *[other] Use these { $count } answers
    }
# $file is the name of the file being downloaded.
footer-downloading = Downloading { $file }.
# $reason is one of the browser-… messages below, or the browser's own words.
footer-download-failed = The download did not start ({ $reason }).

## The line above every page: the product's name (product-name), then the organisation's name
## when the host page gives one

# $name is the organisation's or partnership's name, as the host page gives it.
app-org-name = · { $name }

## What the page says when the browser cannot or will not do something. Each is put into another
## message ("The download did not start (the browser refused)."), so it starts with a small
## letter and has no full stop. The browser's own words, when it gives any, are shown instead.

browser-no-window = no browser window
browser-refused = the browser refused
browser-no-clipboard = this browser offers no clipboard here
browser-no-document = no document
browser-no-link = no link element
browser-chart-not-drawn = the chart could not be drawn as an image
browser-no-canvas = no canvas
browser-no-drawing = no 2D drawing
# A whole sentence, listed among the reasons a file could not be imported. $size is the file's
# size in kilobytes.
browser-file-too-large = The file is { $size } KB, far larger than any export from this tool (a few KB).
browser-file-not-text = the file could not be read as text
