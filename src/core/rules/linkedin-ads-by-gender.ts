import {linkedinSwitchRule} from './linkedin-switch-rule.js';

// Your gender (given, or inferred) offered to advertisers as a target (Advertising data ›
// "Gender", switch allowAdsByGender, platform-pages-3.md §5.3, H-ish, Brave PSST 2025–26).
export default linkedinSwitchRule({id: 'linkedin-ads-by-gender', ref: 'TP-03', family: 'third-party', field: 'adsByGender', page: 'ads-by-gender', confidence: 'M'});
