import type {RuleTexts} from '../catalog.js';

// As regras sobre um download de dados (src/core/exports/rules/<id>.ts): o que a plataforma guarda, em
// números e períodos, e por plataforma como apagar ou desativar. Os menus levam os nomes das plataformas
// em português do Brasil quando conhecidos (páginas de ajuda, 2024–26, M/L); senão, são descritos.
export const downloadRules: Readonly<Record<string, RuleTexts>> = {
	'download-location-history': {
		title: 'A plataforma guarda um histórico dos lugares onde você esteve',
		why: 'Algumas semanas de pontos de localização revelam uma casa (o lugar mais frequente à noite) e um trabalho; quatro pontos bastam para distinguir 95% das pessoas em rastros "anônimos" (de Montjoye et al., 2013).',
		ok: 'Nenhum histórico de localização neste download.',
		exposures: {
			points: {count: 'count', one: '{count} ponto de localização de {from} a {to}', other: '{count} pontos de localização de {from} a {to}'},
			'points-undated': {count: 'count', one: '{count} ponto de localização', other: '{count} pontos de localização'},
		},
		steps: {
			google: ['No celular: Configurações › Localização › Serviços de localização › Linha do tempo.', 'Exclua os dados da Linha do tempo (todos ou um período) e desative a Linha do tempo.', 'Em myactivity.google.com › Controles de atividade, confira se a Linha do tempo (Histórico de localização) está desativada.'],
			snapchat: ['No Snapchat: Configurações › Controles de privacidade › Meus dados: mostra o que é guardado.', 'Desative o compartilhamento no Snap Map ("Modo Fantasma") e a permissão de localização do app.'],
		},
	},
	'download-off-platform-activity': {
		title: 'Outras empresas enviam à plataforma o que você faz nos apps e sites delas',
		why: 'Os apps e sites que você usa contam à plataforma o que você comprou, leu e pesquisou, por meio das ferramentas dela (Pixel da Meta, SDKs): um compartilhamento com terceiros que você nunca vê na própria plataforma (Meta, 2020).',
		ok: 'Nenhuma atividade enviada por outras empresas neste download.',
		exposures: {businesses: {count: 'count', one: '{count} empresa enviou sua atividade ({events} eventos)', other: '{count} empresas enviaram sua atividade ({events} eventos)'}},
		steps: {facebook: ['Central de Contas › Suas informações e permissões › Sua atividade fora das tecnologias da Meta.', 'Escolha "Limpar atividade anterior" e depois "Gerenciar atividade futura" › "Desconectar atividade futura".']},
	},
	'download-home-location': {
		title: 'A plataforma guarda onde você mora',
		why: 'Um endereço, cidade, cidade natal ou CEP registrados dizem onde encontrar você, e respondem a uma pergunta de segurança comum.',
		ok: 'Nenhum local de moradia neste download.',
		exposures: {home: 'Há um endereço, cidade, região ou um lugar marcado como Casa registrado'},
		steps: {
			google: ['myaccount.google.com › Informações pessoais › Endereços › Casa: remova.', 'Na Linha do tempo do celular, tire os rótulos Casa e Trabalho.'],
			facebook: ['Seu perfil › Sobre › Lugares onde morou: remova a cidade atual e a cidade natal.'],
			tiktok: ['O TikTok não deixa mudar a região que registra; excluir a conta a remove.'],
			linkedin: ['Seu perfil › Informações de contato: remova o endereço.', 'Configurações › Preferências da conta › Informações do perfil: confira sua localidade.'],
		},
	},
	'download-birth-date': {
		title: 'A plataforma guarda sua data de nascimento',
		why: 'Uma data de nascimento completa junto com seu nome basta para passar por verificações de recuperação de conta e abrir contas em seu nome (orientações da FTC sobre roubo de identidade).',
		ok: 'Nenhuma data de nascimento neste download.',
		exposures: {full: 'Há uma data de nascimento completa (dia, mês e ano) registrada', partial: 'Há parte de uma data de nascimento registrada'},
		steps: {
			x: ['Configurações › Sua conta › Informações da conta › Data de nascimento: confira quem pode vê-la (o X a guarda para verificar a idade).'],
			facebook: ['Central de Contas › Dados pessoais › Data de nascimento: confira, e quem a vê no seu perfil.'],
			instagram: ['Central de Contas › Dados pessoais › Data de nascimento: confira.'],
			tiktok: ['O TikTok guarda a data de nascimento dada no cadastro e não deixa removê-la.'],
			linkedin: ['Seu perfil › Informações de contato › Aniversário: remova, ou mostre só para você.'],
		},
	},
	'download-phone-on-file': {
		title: 'A plataforma guarda seu número de celular',
		why: 'Um número de celular permite que quem o tem encontre sua conta quando a busca está ativada, e liga a conta a você em outros serviços; é também o alvo dos golpes de troca de chip (SIM swap).',
		ok: 'Nenhum número de celular neste download.',
		exposures: {phone: 'Há um número de celular registrado'},
		steps: {
			x: ['Configurações › Sua conta › Informações da conta › Telefone: remova se você entra de outro jeito.'],
			facebook: ['Central de Contas › Dados pessoais › Informações de contato: remova o número se não precisar dele para entrar.'],
			instagram: ['Central de Contas › Dados pessoais › Informações de contato: remova o número se não precisar dele para entrar.'],
			tiktok: ['Configurações › Conta › Informações da conta › Telefone: remova se você entra de outro jeito.'],
		},
	},
	'download-inferred-interests': {
		title: 'A plataforma deduziu do que você gosta',
		why: 'Os interesses são deduzidos do que você faz e vendidos como segmentação de anúncios; alguns são sensíveis (saúde, religião, política), e muitos estão errados (Pew Research Center, 2019).',
		ok: 'Nenhum interesse deduzido neste download.',
		exposures: {interests: {count: 'count', one: '{count} interesse deduzido sobre você', other: '{count} interesses deduzidos sobre você'}},
		steps: {
			x: ['Configurações › Privacidade e segurança › Conteúdo que você vê › Interesses: desmarque os que não quiser.', 'Configurações › Privacidade e segurança › Preferências de anúncios: desative os anúncios personalizados.'],
			instagram: ['Central de Contas › Preferências de anúncios › Tópicos de anúncios: veja e limite.'],
			linkedin: ['Configurações › Dados de publicidade: desative os dados que o LinkedIn usa para deduzir interesses.'],
		},
	},
	'download-inferred-age': {
		title: 'A plataforma adivinhou sua idade',
		why: 'Uma idade deduzida do que você faz decide os anúncios que você vê e, para um adolescente, o que aparece para ele; ela fica guardada mesmo que você nunca tenha dado uma data de nascimento.',
		ok: 'Nenhuma idade deduzida neste download.',
		exposures: {inferred: 'Há uma idade ou faixa etária deduzida sobre você registrada'},
		steps: {x: ['Configurações › Privacidade e segurança › Atividade fora do X › Personalizar com base na sua identidade inferida: desative.']},
	},
	'download-advertiser-audiences': {
		title: 'Anunciantes colocaram você nos públicos deles',
		why: 'Anunciantes enviam listas (e-mails, números) para encontrar você, ou segmentam por critérios que a plataforma guarda: seus dados circulam além dela (Mozilla Foundation, 2024).',
		ok: 'Nenhum público de anunciantes neste download.',
		exposures: {audiences: {count: 'count', one: '{count} público ou critério de segmentação de anunciantes', other: '{count} públicos ou critérios de segmentação de anunciantes'}},
		steps: {
			x: ['Configurações › Privacidade e segurança › Preferências de anúncios › Públicos: veja e desative os anúncios personalizados.'],
			facebook: ['Central de Contas › Preferências de anúncios › Gerenciar informações › Publicidade baseada em público: oculte anunciantes que você não conhece.'],
			instagram: ['Central de Contas › Preferências de anúncios › Gerenciar informações › Publicidade baseada em público: oculte anunciantes que você não conhece.'],
			linkedin: ['Configurações › Dados de publicidade: desative cada fonte, e "Interesses e características".'],
		},
	},
	'download-ads-engaged': {
		title: 'A plataforma guarda os anúncios com que você interagiu, e por que eles chegaram a você',
		why: 'Cada anúncio que você viu ou clicou fica guardado com a segmentação que ligou você a ele (idade, lugar, interesses, a lista de um anunciante): um registro de como os anunciantes encontram você.',
		ok: 'Nenhuma interação com anúncios neste download.',
		exposures: {
			ads: {count: 'count', one: '{count} interação com anúncios de {from} a {to}', other: '{count} interações com anúncios de {from} a {to}'},
			'ads-undated': {count: 'count', one: '{count} interação com anúncios', other: '{count} interações com anúncios'},
		},
		steps: {x: ['Configurações › Privacidade e segurança › Preferências de anúncios: desative os anúncios personalizados.']},
	},
	'download-connected-apps': {
		title: 'Há apps conectados à sua conta',
		why: 'Um app conectado lê o que as permissões dele deixam enquanto continuar conectado, muito depois de você parar de usá-lo; apps esquecidos foram o caminho por onde saíram dados como os da Cambridge Analytica.',
		ok: 'Nenhum app conectado neste download.',
		exposures: {apps: {count: 'count', one: '{count} app conectado', other: '{count} apps conectados'}},
		steps: {
			x: ['Configurações › Segurança e acesso à conta › Apps e sessões › Apps conectados: revogue os que você não usa.'],
			facebook: ['Configurações › Apps e sites: remova os que você não usa.'],
		},
	},
};
