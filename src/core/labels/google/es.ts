import type {LabelTable} from '../label-table.js';
import type {GoogleLabel} from './en.js';

/**
 * Google Account's Spanish (es) wordings. The reference quotes only the audience words in Spanish
 * (platform-pages-3.md §2.2, M: help 6304920 in es-419, «Solo tú» / «Cualquiera»); every other
 * wording is written for this project's Spanish samples in the words of Google's Spanish products,
 * and is L. A wrong wording only makes a field "couldn't check", never ok.
 */
export const labelsEs = {
	// M: help 6304920 (es-419).
	onlyYou: 'Solo tú',
	anyone: 'Cualquiera',
	// L: the About me section's Spanish name.
	placesLived: 'Lugares donde has vivido',
	// L: Google's Spanish names of the activity controls ("Timeline" renamed from "Location History", 2024).
	timeline: ['Cronología', 'Historial de ubicaciones'],
	webAppActivity: 'Actividad en la Web y en Aplicaciones',
	// L: the checkbox sentence, after the en text (FIRESER 2021, M).
	sharedEndorsements: 'En función de mi actividad, Google puede mostrar el nombre y la foto de mi perfil, así como mi actividad, en recomendaciones compartidas en anuncios.',
	// L: written after the en wordings.
	seeDetails: 'Ver detalles',
	noConnections: 'No tienes conexiones con aplicaciones y servicios de terceros',
	stopSharing: 'Dejar de compartir',
	notSharing: 'No compartes tu ubicación con nadie',
} as const satisfies Record<GoogleLabel, string | readonly string[]> & LabelTable;
