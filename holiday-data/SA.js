/*!
 * Public holidays of SA (and its states and regions), 1898–2202,
 * generated from the npm package date-holidays@3.37.0 by scripts/generate-holidays.mjs.
 * Data: CC BY-SA 3.0, after date-holidays (see holiday-data/LICENSE for its attributions).
 */
export const first = 1898;
export const names = ["عيد الأضحى","Feast of the Sacrifice (Eid al-Adha)","Fiesta del Sacrificio-Aid Al Adha","Fête du mouton","Opferfest","عيد الفطر","End of Ramadan (Eid al-Fitr)","Fiesta del Eid Fitr","Fête de fin du Ramadan","Zuckerfest","اليوم الوطني","National Day","يوم التأسيس","Founding Day"];
export const labels = [[0,1,2,3,4],[5,6,7,8,9],[10,11,10,10,10],[12,13,12,12,12]];
export const places = {"":"0:*72,2f,25,1p,1d,12cn,cc,bu,bk,b9,au,ai,a7,9q,9g,94,8p,8e,83,7m,7c,71,6l,6a,5u,5j,58,4q,4g,46,3q,3f,34,2l,2a,1v,1k,19cu,cj,c7,bq,bf,b5,ap,ae,a3,9m,9a,8v,8k,8a,7u,7j,78,6r,6f,65,5q,5f,54,4n,4c,41,3l,3a,2s,2h,26,1p,1f,14cp,cd,c3,bm,bb,au,ak,a9,9t,9i,97,8r,8g,84,7p,7e,74,6m,6b,5v,5l,59,4t,4j,48,3r,3g,35,2n,2c,21,1l,1acu,cj,c8,bs,bh,b6;1:*72,bu,bi,b6,aq,ag,a5,9o,9d,93,8n,8b,7v,7l,7b,6t,6i,67,5s,5g,56,4p,4f,43,3n,3c,31,2j,28,1s,1h,17cq,cf,c5,bo,bd,b2,an,ac,9u,9k,99,8u,8i,87,7r,7h,75,6p,6e,64,5n,5c,51,4l,49,3u,3j,39,2q,2e,23,1o,1d,12cm,cb,bu,bi,b8,at,ai,a6,9q,9f,94,8o,8d,83,7n,7b,71,6k,69,5t,5j,58,4r,4f,44,3p,3f,33,2l,2a,1u,1j,17cs,ci,c7,bp,be,b3,ao,ac,a2,9l,9b,8u;2:*107,9n*198;3:*124,2m*181"};
