
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'filters.heading': `Filters`,
'chip.remove': `Remove filter:`,
'filters.clearAll': `Clear all filters`,
'contact.call': str`Call ${0}`,
'contact.text': str`Text ${0}`,
'contact.tty': str`TTY ${0}`,
'contact.email': `Email`,
'link.newTab': `(opens in a new tab)`,
'detail.eligibility': `Who it is for`,
'detail.howTo': `How to use it`,
'detail.fees': `Cost`,
'detail.hours': `Hours`,
'detail.area': `Area served`,
'detail.languages': `Languages`,
'detail.address': `Address`,
'detail.link': `About the link`,
'detail.hubLink': `The link goes to the publisher's main site; search there for this item.`,
'card.closed': `Temporarily closed.`,
'badge.allDay': `24/7`,
'badge.free': `Free`,
'card.checked': str`Link checked ${0}`,
'card.details': `More details`,
'pinned.label': `Get help now`,
'sort.relevance': `Best match`,
'sort.name': `Name (A–Z)`,
'sort.verified': `Recently checked`,
'search.landmark': `Resources`,
'search.label': `Search resources`,
'search.hint': `For example: housing, screening, legal help`,
'sort.label': `Sort by`,
'count.one': str`${0} resource`,
'count.other': str`${0} resources`,
'error.http': str`The list of resources could not be loaded: the server answered with error ${0}.`,
'error.notJson': `The list of resources could not be read: the file is not valid JSON.`,
'error.shape': `The list of resources could not be read: the file is not in the expected format.`,
'error.timeout': `The list of resources took too long to load.`,
'error.network': `The list of resources could not be reached. Check your connection.`,
'error.helpAbove': `If you need help now, use the contacts above.`,
'error.retry': `Try again`,
'notice.invalid': str`${0} entries could not be shown because of mistakes in the data.`,
'empty.title': `No resources match.`,
'empty.hint': `Try fewer or different words, or remove some filters.`,
'empty.clearFilters': `Clear filters`,
'empty.searchAll': `Show all resources`,
'status.relaxed': `No resource matched every word; showing resources that match any of them.`,
'status.loading': `Loading resources…`,
'results.label': `Results`,
'results.more': `Show more`,
    };
  