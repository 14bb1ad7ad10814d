import type {LabelTable} from '../../define-site-readers.js';
import type {XLabel} from './labels-en.js';

/**
 * X's Spanish (es) wordings. First in each entry: the string X's shipped web client files under the same
 * message id as the English one (`client-web/i18n/es.js`, H, 2025-07, as mirrored in
 * github.com/DzikStar/X-SCRAPER; the same source as labels-de/fr/pt.ts). After it, the wordings this table
 * held before that file was found, each with where it came from (M: quoted by two or more third-party
 * guides; L: one source, or written for the Spanish samples): kept because older or es-419 builds may
 * still show them, and a wording that is wrong only makes a field "couldn't check".
 */
export const labelsEs = {
	// M: "Protege tus posts" in X's 2024 es settings (e-forma.kzgunea.eus course, 2024-11; tweeteraser.com/es
	// "Protege tus entradas", L); "Proteger tus posts" L.
	protectPosts: ['Proteger los posts', 'Protege tus posts', 'Proteger tus posts', 'Protege tus entradas'],
	// M: "Etiquetado de fotos" (internetmatters.org/es X guide; kzgunea 2024).
	photoTagging: 'Etiquetado de fotos',
	// L: written for the es samples after the en pattern ("Anyone can tag you").
	taggingAnyone: 'Cualquiera puede etiquetarte',
	// M: "Solo las personas que sigues pueden etiquetarte" (internetmatters.org/es X guide).
	taggingFollowing: 'Solo las personas que sigues pueden etiquetarte',
	// L: X's es on/off word.
	taggingOff: ['Desactivado', 'No'],
	// L: "Agregar" (es-419, X's default Spanish) and "Añadir" (es-ES) variants.
	geotagPosts: ['Añadir información de ubicación a tus posts', 'Agregar información de ubicación a tus posts'],
	// L: kzgunea 2024 names the section "Visibilidad y contactos" and these two switches by meaning only.
	findByEmail: ['Permitir que las personas que tienen tu dirección de correo electrónico puedan encontrarte en X', 'Permitir que las personas que tengan tu dirección de correo electrónico te encuentren en X'],
	findByPhone: ['Permitir que las personas que tienen tu número de teléfono puedan encontrarte en X', 'Permitir que las personas que tengan tu número de teléfono te encuentren en X'],
	// M: "Permitir solicitudes de mensajes de" (internetmatters.org/es: "Permitir solicitudes de mensajes de todos").
	messageRequests: 'Permitir solicitudes de mensajes de:',
	requestsNoOne: 'Nadie',
	requestsVerified: 'Usuarios verificados',
	requestsEveryone: 'Todos',
	// L: kzgunea 2024 names the section "Intercambio y personalización de datos"; switch wording unverified.
	businessPartners: ['Permitir el intercambio de información adicional con socios comerciales', 'Permitir compartir información adicional con socios comerciales'],
	// M: "Anuncios personalizados" (X's es ads settings as quoted by several guides).
	personalizedAds: 'Anuncios personalizados',
	// L: translation of the en switch ("Personalize based on your inferred identity"); "según" / "en función de" variants.
	inferredIdentity: ['Personalizar según tu identidad inferida', 'Personalizar en función de tu identidad inferida'],
	// L: written for the es samples after the (itself L) en empty-list text.
	noConnectedApps: ['Las apps de terceros a las que otorgaste acceso a tu cuenta de X aparecerán aquí.', 'No has conectado ninguna aplicación', 'Aún no has conectado ninguna aplicación'],
	// L: translation of the en switch; "utilicen" / "usen" variants.
	grokTraining: [
		'Permite que tus datos públicos, así como tus interacciones, entradas y resultados con Grok y xAI, se utilicen para entrenamiento y perfeccionamiento',
		'Permitir que tus datos públicos, así como tus interacciones, entradas y resultados con Grok y xAI, se utilicen para entrenamiento y ajuste',
		'Permitir que tus datos públicos, así como tus interacciones, entradas y resultados con Grok y xAI, se usen para entrenamiento y ajuste',
	],
	// Edit profile › Fecha de nacimiento › "¿Quién ve esto?" options. L: written for the es samples.
	visibilityPublic: 'Público',
	visibilityFollowers: 'Tus seguidores',
	visibilityFollowing: ['Personas a las que sigues', 'Personas que sigues'],
	visibilityMutual: 'Se siguen mutuamente',
	visibilityOnlyYou: 'Solo tú',
} as const satisfies Record<XLabel, string | readonly string[]>;
