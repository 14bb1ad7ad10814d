import type {RuleTexts} from '../catalog.js';
import {facebookSteps, linkedinSteps, redditSteps, tiktokAppSteps, tiktokWebSteps, xSteps, youtubePrivacySteps} from './fix-steps.js';

// Instagram's web menu "Mais (☰) › Configurações" (M).
const instagramSettings = 'Abra Mais (☰) › Configurações.';

// Who sees your posts and network, who can tag, find or contact you (families photos, social-graph,
// contact, interaction). Facebook's questions as its Brazilian UI words them (M); X's from its
// Portuguese client (H); Instagram's "Marcações e menções" rows and LinkedIn's rows (L); TikTok's
// "Dueto" and "Costura" (L).
export const reachRules: Readonly<Record<string, RuleTexts>> = {
	'future-posts-public': {
		title: 'Suas novas publicações e fotos são públicas',
		why: 'Fotos e publicações públicas são copiadas, indexadas e usadas por golpistas: as redes sociais foram o ponto de partida de US$ 2,7 bilhões em perdas registradas de 2021 a meados de 2023 (FTC, 2023).',
		ok: 'Suas novas publicações são compartilhadas com amigos, ou com menos gente.',
		exposures: {public: 'Novas publicações e fotos estão visíveis para qualquer pessoa (Público)'},
		steps: {facebook: [facebookSteps.settings, 'Abra "Publicações".', 'Em "Quem pode ver suas publicações futuras?", escolha "Amigos".', 'Se quiser, use também "Limitar quem pode ver publicações antigas".']},
	},
	'posts-unprotected': {
		title: 'Seus posts e fotos no X são públicos',
		why: 'Posts públicos são copiados, indexados e usados por golpistas e por quem mira adolescentes: as redes sociais foram o ponto de partida de US$ 2,7 bilhões em perdas com golpes registradas de 2021 a meados de 2023 (FTC, 2023), e o X protege por padrão os posts de menores de idade que ele conhece.',
		ok: 'Seus posts estão protegidos: só seus seguidores os veem.',
		exposures: {
			public: 'Qualquer pessoa pode ver seus posts e fotos',
			'public-located': 'Qualquer pessoa pode ver seus posts, e eles levam sua localização',
		},
		steps: {x: xSteps(['Público, mídia e marcação'], 'Ative "Proteger suas publicações" e confirme.')},
	},
	'public-account': {
		title: 'Sua conta é pública',
		why: 'Perfis públicos são copiados e usados por golpistas e por quem mira adolescentes: as redes sociais foram o ponto de partida de US$ 2,7 bilhões em perdas com golpes registradas de 2021 a meados de 2023 (FTC, 2023), e o Instagram e o TikTok deixam privadas por padrão as contas dos adolescentes mais novos (Meta, Contas de Adolescente, 2024; TikTok, 2021).',
		ok: 'Sua conta é privada: só os seguidores que você aprova veem seus posts.',
		exposures: {public: 'Qualquer pessoa, mesmo sem conta, pode ver seu perfil e seus posts'},
		steps: {
			instagram: [instagramSettings, 'Abra "Privacidade da conta".', 'Ative "Conta privada" e escolha "Mudar para conta privada".'],
			tiktok: tiktokWebSteps('Conta privada', 'Ative (a mudança é salva na hora).'),
		},
	},
	'findable-by-phone': {
		title: 'Quem tem seu número de telefone pode encontrar seu perfil',
		why: 'Foi pela busca por telefone que os dados de 533 milhões de usuários do Facebook foram raspados e ligados aos números deles (Facebook, abril de 2021).',
		ok: 'Só amigos, ou só você, podem procurar você pelo número de telefone.',
		exposures: {findable: 'Quem pode procurar você pelo seu número de telefone: {audience}'},
		steps: {
			facebook: facebookSteps.findAndContact('Quem pode procurar você usando o número de telefone que você forneceu?', 'Somente eu'),
			linkedin: linkedinSteps(['Visibilidade', 'Descoberta do perfil pelo número de telefone'], 'Escolha "Ninguém" (ou "Conexões de 1º grau").'),
		},
	},
	'findable-by-email': {
		title: 'Quem tem seu endereço de e-mail pode encontrar seu perfil',
		why: 'A busca por e-mail tira o anonimato das contas: uma falha desse tipo no Twitter permitiu ligar 5,4 milhões de contas aos seus e-mails (Twitter, 2022).',
		ok: 'Só amigos, ou só você, podem procurar você pelo endereço de e-mail.',
		exposures: {findable: 'Quem pode procurar você pelo seu endereço de e-mail: {audience}'},
		steps: {
			facebook: facebookSteps.findAndContact('Quem pode procurar você usando o endereço de e-mail que você forneceu?', 'Somente eu'),
			linkedin: linkedinSteps(['Visibilidade', 'Descoberta do perfil pelo endereço de e-mail'], 'Escolha "Ninguém" (ou "Conexões de 1º grau").'),
		},
	},
	'findable-by-phone-x': {
		title: 'Quem tem seu número de telefone pode encontrar você no X',
		why: 'Recursos de busca por telefone foram usados para ligar números a 533 milhões de contas do Facebook e 5,4 milhões de contas do Twitter, que depois foram vendidas ou vazadas (Facebook, abril de 2021; Twitter, agosto de 2022).',
		ok: 'Seu número de telefone não leva ninguém à sua conta no X.',
		exposures: {findable: 'Qualquer pessoa que tenha seu número de telefone pode encontrar sua conta no X'},
		steps: {x: xSteps(['Visibilidade e contatos'], 'Desative "Permitir que as pessoas que têm seu número de celular encontrem você no X".')},
	},
	'findable-by-email-x': {
		title: 'Quem tem seu endereço de e-mail pode encontrar você no X',
		why: 'A busca por e-mail liga uma conta com pseudônimo a um endereço real: 5,4 milhões de contas do Twitter foram ligadas a e-mails e números de telefone desse jeito e vendidas (Twitter, agosto de 2022).',
		ok: 'Seu endereço de e-mail não leva ninguém à sua conta no X.',
		exposures: {findable: 'Qualquer pessoa que tenha seu endereço de e-mail pode encontrar sua conta no X'},
		steps: {x: xSteps(['Visibilidade e contatos'], 'Desative "Permitir que as pessoas que têm seu endereço de e-mail encontrem você no X".')},
	},
	'friends-list-visible': {
		title: 'Desconhecidos podem ver sua lista de amigos',
		why: 'Uma lista de amigos visível mapeia sua família e seus colegas de escola; quem pratica sextorsão a usa para ameaçar expor a vítima para "a família e os amigos" (FBI, 2024).',
		ok: 'Sua lista de amigos está visível só para amigos, ou para menos gente.',
		exposures: {visible: 'Sua lista de amigos está visível para {audience:para}'},
		steps: {facebook: facebookSteps.findAndContact('Quem pode ver sua lista de amigos?', 'Somente eu')},
	},
	'connections-visible': {
		title: 'Suas conexões podem percorrer toda a sua rede no LinkedIn',
		why: 'Uma rede visível mapeia seus colegas de trabalho, sua família e seus colegas de escola; quem pratica sextorsão usa listas assim para ameaçar expor a vítima para "a família e os amigos" (FBI, 2024).',
		ok: 'Só você pode ver sua lista completa de conexões.',
		exposures: {on: '"Quem pode ver suas conexões" está ativado: suas conexões podem ver sua lista'},
		steps: {linkedin: linkedinSteps(['Visibilidade', 'Quem pode ver suas conexões'], 'Escolha "Somente você" (a configuração passa a mostrar "Desativado").')},
	},
	'tagged-posts-visible': {
		title: 'Fotos em que outras pessoas marcam você aparecem para desconhecidos no seu perfil',
		why: 'Seu perfil passa a mostrar fotos suas tiradas por outras pessoas, e os lugares onde foram tiradas, para gente que você nunca escolheu.',
		ok: 'As publicações em que você foi marcado aparecem no seu perfil só para amigos, ou para menos gente.',
		exposures: {visible: 'As publicações em que você foi marcado estão visíveis para {audience:para} no seu perfil'},
		steps: {facebook: facebookSteps.profileAndTagging('Quem pode ver as publicações em que você foi marcado no seu perfil?', 'Amigos')},
	},
	'tag-review-off': {
		title: 'Outras pessoas podem marcar você sem sua aprovação',
		why: 'Sem revisão, qualquer pessoa pode associar seu nome e seu rosto a fotos e lugares que você nunca aprovou; o Facebook ativa a revisão por padrão para adolescentes.',
		ok: 'Você revisa as marcações antes que elas apareçam.',
		exposures: {
			'tagged-posts': 'A revisão está desativada para publicações em que você é marcado',
			'own-posts': 'A revisão está desativada para marcações nas suas publicações',
			both: 'A revisão está desativada para publicações em que você é marcado e para marcações nas suas publicações',
		},
		steps: {facebook: [facebookSteps.settings, 'Abra "Perfil e marcação".', 'Ative "Revisar publicações em que você foi marcado antes que elas apareçam no seu perfil?".', 'Ative "Revisar marcações que as pessoas adicionam às suas publicações antes que elas apareçam no Facebook?".']},
	},
	'photo-tagging-anyone': {
		title: 'Qualquer pessoa pode marcar você em fotos',
		why: 'Qualquer pessoa pode associar seu nome a fotos que você nunca aprovou; guias de segurança infantil (Internet Matters) recomendam limitar a marcação em fotos, e as contas de adolescente do Instagram só aceitam marcações de pessoas que eles seguem (Meta, 2024).',
		ok: 'A marcação em fotos está desativada ou limitada a pessoas que você segue.',
		exposures: {
			anyone: 'Qualquer pessoa pode marcar você em fotos',
			'anyone-reviewed': 'Qualquer pessoa pode marcar você em fotos; as marcações esperam sua aprovação antes de aparecer no seu perfil',
		},
		steps: {
			x: xSteps(['Público, mídia e marcação', 'Marcação de fotos'], 'Escolha "Somente as pessoas seguidas podem marcar você" ou desative a marcação de fotos.'),
			instagram: [instagramSettings, 'Abra "Marcações e menções".', 'Em "Permitir marcações de", escolha "Pessoas que você segue" (ou "Não permitir marcações").', 'Ative "Aprovar marcações manualmente".'],
		},
	},
	'mentions-from-anyone': {
		title: 'Qualquer pessoa pode mencionar você',
		why: 'Uma menção de um desconhecido puxa você para os posts e conversas dele, onde os seguidores dele veem seu nome; as contas de adolescente do Instagram só aceitam menções de pessoas que eles seguem (Meta, 2024).',
		ok: 'Só as pessoas que você segue podem mencionar você, ou ninguém pode.',
		exposures: {anyone: 'Qualquer pessoa pode mencionar você nos posts, stories e comentários dela'},
		steps: {instagram: [instagramSettings, 'Abra "Marcações e menções".', 'Em "Permitir menções de", escolha "Pessoas que você segue" (ou "Não permitir menções").']},
	},
	'friend-requests-from-anyone': {
		title: 'Qualquer pessoa pode enviar uma solicitação de amizade para você',
		why: 'Um desconhecido aceito entra no público "Amigos", do qual dependem quase todas as suas outras configurações; contato não solicitado é como a sextorsão de adolescentes costuma começar (FBI, 2024).',
		ok: 'Só amigos de amigos podem enviar solicitações de amizade para você.',
		exposures: {everyone: 'Todos podem enviar solicitações de amizade para você'},
		steps: {facebook: facebookSteps.findAndContact('Quem pode enviar solicitações de amizade para você?', 'Amigos de amigos')},
	},
	'dm-requests-from-everyone': {
		title: 'Desconhecidos podem enviar solicitações de mensagem para você',
		why: 'Mensagens não solicitadas são como golpes e sextorsão começam: as denúncias de sextorsão financeira de menores subiram 20% em um ano (FBI, 2024).',
		ok: 'Desconhecidos não podem enviar solicitações de mensagem para você.',
		exposures: {
			anyone: 'Qualquer pessoa pode enviar solicitações de mensagem para você',
			verified: 'Qualquer conta verificada pode enviar solicitações de mensagem para você',
		},
		steps: {x: xSteps(['Mensagens Diretas'], 'Em "Permitir solicitações de mensagem de:", escolha "Ninguém".'), reddit: redditSteps('Privacidade', 'Em "Quem pode enviar solicitações de chat para você", escolha "Ninguém".')},
	},
	'account-suggestions-on': {
		title: 'O Instagram sugere sua conta para desconhecidos',
		why: 'Os mecanismos de sugestão mostram um perfil a desconhecidos por meio de conexões em comum, e o Instagram e o Snapchat foram as plataformas mais citadas nas denúncias de aliciamento online e sextorsão feitas ao NCMEC (NCMEC, 2023).',
		ok: 'Sua conta não é sugerida nos perfis de outras pessoas.',
		exposures: {on: 'Sua conta pode ser sugerida nos perfis de outras pessoas'},
		steps: {instagram: ['Abra seu perfil e escolha "Editar perfil".', 'Desative "Mostrar sugestões de contas nos perfis".', 'Se o botão "Enviar" estiver ativo, selecione-o.']},
	},
	'following-list-public': {
		title: 'Qualquer pessoa pode ver as contas que você segue',
		why: 'As contas que você segue mapeiam sua família e seus colegas de escola; quem pratica sextorsão usa listas assim para ameaçar expor a vítima para "a família e os amigos" (FBI, 2024).',
		ok: 'Só você pode ver as contas que você segue.',
		exposures: {visible: 'Sua lista de contas seguidas está visível para {audience:para}'},
		steps: {tiktok: tiktokAppSteps('Lista de seguindo', 'Escolha "Somente você".'), youtube: youtubePrivacySteps('manter todas as suas inscrições privadas')},
	},
	'liked-videos-public': {
		title: 'Qualquer pessoa pode ver os vídeos que você curtiu no TikTok',
		why: 'Seus vídeos curtidos mostram seus interesses e os criadores e amigos que você assiste, e o TikTok mostra essa lista só a seguidores aprovados no caso de jovens de 13 a 15 anos (configurações de privacidade para adolescentes do TikTok).',
		ok: 'Só você pode ver os vídeos que você curtiu.',
		exposures: {public: 'Seus vídeos curtidos estão visíveis para todos'},
		steps: {tiktok: tiktokAppSteps('Vídeos curtidos', 'Escolha "Somente você".')},
	},
	'comments-from-everyone': {
		title: 'Qualquer pessoa pode comentar nos seus posts do TikTok',
		why: 'Comentários abertos são uma porta para assédio e aliciamento, e o TikTok só deixa jovens de 13 a 15 anos escolherem Amigos ou Ninguém (configurações de privacidade para adolescentes do TikTok).',
		ok: 'Só amigos (ou ninguém) podem comentar nos seus posts.',
		exposures: {anyone: 'Qualquer pessoa pode comentar nos seus posts'},
		steps: {tiktok: tiktokWebSteps('Comentários', 'Selecione e escolha "Amigos".')},
	},
	'remix-by-everyone': {
		title: 'Qualquer pessoa pode fazer Dueto ou Costura com seus vídeos do TikTok',
		why: 'Duetos e Costuras colocam seu vídeo dentro do post de um desconhecido, onde ele se espalha sem seu controle, e o TikTok os desativa para jovens de 13 a 15 anos e os limita a Amigos para jovens de 16 e 17 anos (TikTok, 2021).',
		ok: 'Só amigos (ou ninguém) podem fazer Dueto ou Costura com seus vídeos.',
		exposures: {
			duet: 'Qualquer pessoa pode fazer Dueto com seus vídeos',
			stitch: 'Qualquer pessoa pode fazer Costura com seus vídeos',
			both: 'Qualquer pessoa pode fazer Dueto e Costura com seus vídeos',
		},
		steps: {tiktok: [
			...tiktokWebSteps('Dueto', 'Selecione e escolha "Amigos".'),
			'A Costura é definida no aplicativo TikTok: Perfil › ☰ › Configurações e privacidade › Privacidade › Costura › "Amigos" ou "Somente você".',
		]},
	},
	'downloads-allowed': {
		title: 'Qualquer pessoa pode baixar seus vídeos do TikTok',
		why: 'Uma cópia baixada continua existindo depois que você apaga o vídeo e pode ser repostada ou mal usada; por isso o TikTok não permite baixar vídeos de jovens de 13 a 15 anos e desativa os downloads por padrão para jovens de 16 e 17 anos (TikTok, 2021).',
		ok: 'Outras pessoas não podem baixar seus vídeos.',
		exposures: {on: 'Qualquer pessoa que pode ver seus vídeos pode baixá-los'},
		steps: {tiktok: tiktokAppSteps('Downloads', 'Desative "Downloads de vídeo".')},
	},
};
