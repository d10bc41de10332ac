/*!
 * Public holidays of TH (and its states and regions), 1898–2202,
 * generated from the npm package date-holidays@3.37.0 by scripts/generate-holidays.mjs.
 * Data: CC BY-SA 3.0, after date-holidays (see holiday-data/LICENSE for its attributions).
 */
export const first = 1898;
export const names = ["New Year's Day","Año Nuevo","Nouvel An","Neujahr","Chakri Memorial Day","Songkran Festival","Coronation Day","Queen Suthida's Birthday","King's Birthday","The Queen Mother's Birthday","King Bhumibol Adulyadej Memorial Day","King Chulalongkorn Day","King Bhumibol Adulyadej's Birthday","Constitution Day","New Year's Eve","Fin del Año","Saint-Sylvestre","Silvester","Makha Bucha","Vesak Day","Asalha Puja","Buddhist Lent","King's Birthday, Buddhist Lent","Coronation Day, Vesak Day"];
export const labels = [[0,0,1,2,3],[4,4,4,4,4],[5,5,5,5,5],[6,6,6,6,6],[7,7,7,7,7],[8,8,8,8,8],[9,9,9,9,9],[10,10,10,10,10],[11,11,11,11,11],[12,12,12,12,12],[13,13,13,13,13],[14,14,15,16,17],[18,18,18,18,18],[19,19,19,19,19],[20,20,20,20,20],[21,21,21,21,21],[22,22,22,22,22],[23,23,23,23,23]];
export const places = {"":"0:11*305;1:46*305;2:4d4e4f*305;3:54*125,,54*179;4:63*305;5:7s*120,,7s*184;6:8c*305;7:ad*305;8:an*305;9:c5*305;10:ca*305;11:cv*305;12:*112,31,2i,37,2p,2e,34,2m,2b,31,2j,28,2q,2g,36,2o,2d,33;13:*112,5s,5h,56,5p,5f,62,5m,5a,5t,5j,57,5q,5f5g,,5m,5c,5v;14:*112,7p,7f,82,7m,7b,7u,7j,78,7r,7g,74,7o,7d,7v,7j,7a,7t;15:*112,7q,7g,83,7n,7c,7v,7k,79,,7h,75,7p,7e,81,7k,7b,7u;16:*120,7s;17:*125,54"};
