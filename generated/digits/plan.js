export const plan = {
    "format": "ranetc-plan/1",
    "target": "wgsl",
    "precision": "f32",
    "name": "digits",
    "classes": 10,
    "exits": 6,
    "maxBatch": 64,
    "input": {
        "channels": 3,
        "height": 32,
        "width": 32,
        "base": 1572864,
        "sampleStride": 3072
    },
    "normalize": {
        "mean": [
            0.49140000343322754,
            0.48240000009536743,
            0.44670000672340393
        ],
        "std": [
            0.24709999561309814,
            0.2434999942779541,
            0.26159998774528503
        ]
    },
    "exitFlops": [
        3556618,
        7699988,
        10847582,
        12939880,
        15264818,
        16633148
    ],
    "arenaElements": 5279744,
    "weights": {
        "elements": 1374736,
        "tensors": [
            {
                "name": "FirstLayer.layers.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "FirstLayer.layers.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.0.net.1.weight",
                        "bias": "FirstLayer.layers.0.net.1.bias",
                        "mean": "FirstLayer.layers.0.net.1.running_mean",
                        "variance": "FirstLayer.layers.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 0,
                "length": 216,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 3,
                    "taps": 9
                }
            },
            {
                "name": "FirstLayer.layers.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "FirstLayer.layers.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.0.net.1.weight",
                        "bias": "FirstLayer.layers.0.net.1.bias",
                        "mean": "FirstLayer.layers.0.net.1.running_mean",
                        "variance": "FirstLayer.layers.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 216,
                "length": 8,
                "layout": "plain"
            },
            {
                "name": "FirstLayer.layers.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "FirstLayer.layers.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.1.net.1.weight",
                        "bias": "FirstLayer.layers.1.net.1.bias",
                        "mean": "FirstLayer.layers.1.net.1.running_mean",
                        "variance": "FirstLayer.layers.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 224,
                "length": 1152,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 8,
                    "taps": 9
                }
            },
            {
                "name": "FirstLayer.layers.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "FirstLayer.layers.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.1.net.1.weight",
                        "bias": "FirstLayer.layers.1.net.1.bias",
                        "mean": "FirstLayer.layers.1.net.1.running_mean",
                        "variance": "FirstLayer.layers.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1376,
                "length": 16,
                "layout": "plain"
            },
            {
                "name": "FirstLayer.layers.2.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "FirstLayer.layers.2.net.0.weight"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.2.net.1.weight",
                        "bias": "FirstLayer.layers.2.net.1.bias",
                        "mean": "FirstLayer.layers.2.net.1.running_mean",
                        "variance": "FirstLayer.layers.2.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1392,
                "length": 4608,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 32,
                    "inChannels": 16,
                    "taps": 9
                }
            },
            {
                "name": "FirstLayer.layers.2.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "FirstLayer.layers.2.net.0.weight"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.2.net.1.weight",
                        "bias": "FirstLayer.layers.2.net.1.bias",
                        "mean": "FirstLayer.layers.2.net.1.running_mean",
                        "variance": "FirstLayer.layers.2.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 6000,
                "length": 32,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.0.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.0.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.0.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.0.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 6032,
                "length": 1024,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 32,
                    "inChannels": 32,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.0.0.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.0.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.0.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.0.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 7056,
                "length": 32,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.0.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.0.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.0.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.0.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 7088,
                "length": 4608,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 32,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.0.0.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.0.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.0.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.0.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 11696,
                "length": 16,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.0.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.0.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.0.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.0.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 11712,
                "length": 2304,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 48,
                    "inChannels": 48,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.0.0.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.0.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.0.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.0.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 14016,
                "length": 48,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.0.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.0.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.0.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.0.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 14064,
                "length": 6912,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 48,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.0.0.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.0.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.0.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.0.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 20976,
                "length": 16,
                "layout": "plain"
            },
            {
                "name": "classifier.0.m.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.0.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.0.m.0.net.1.weight",
                        "bias": "classifier.0.m.0.net.1.bias",
                        "mean": "classifier.0.m.0.net.1.running_mean",
                        "variance": "classifier.0.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 20992,
                "length": 73728,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 64,
                    "taps": 9
                }
            },
            {
                "name": "classifier.0.m.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.0.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.0.m.0.net.1.weight",
                        "bias": "classifier.0.m.0.net.1.bias",
                        "mean": "classifier.0.m.0.net.1.running_mean",
                        "variance": "classifier.0.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 94720,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.0.m.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.0.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.0.m.1.net.1.weight",
                        "bias": "classifier.0.m.1.net.1.bias",
                        "mean": "classifier.0.m.1.net.1.running_mean",
                        "variance": "classifier.0.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 94848,
                "length": 147456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 128,
                    "taps": 9
                }
            },
            {
                "name": "classifier.0.m.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.0.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.0.m.1.net.1.weight",
                        "bias": "classifier.0.m.1.net.1.bias",
                        "mean": "classifier.0.m.1.net.1.running_mean",
                        "variance": "classifier.0.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 242304,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.0.linear.weight",
                "source": {
                    "key": "classifier.0.linear.weight"
                },
                "offset": 242432,
                "length": 1280,
                "layout": "plain"
            },
            {
                "name": "classifier.0.linear.bias",
                "source": {
                    "key": "classifier.0.linear.bias"
                },
                "offset": 243712,
                "length": 10,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.1.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.1.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.1.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.1.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 243724,
                "length": 4096,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 64,
                    "inChannels": 64,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.0.1.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.1.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.1.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.1.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 247820,
                "length": 64,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.1.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.1.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.1.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.1.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 247884,
                "length": 9216,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 64,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.0.1.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.1.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.1.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.1.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 257100,
                "length": 16,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.1.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.1.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.1.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.1.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 257116,
                "length": 5120,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 64,
                    "inChannels": 80,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.0.1.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.1.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.1.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.1.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 262236,
                "length": 64,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.1.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.1.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.1.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.1.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 262300,
                "length": 9216,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 64,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.0.1.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.1.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.1.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.1.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 271516,
                "length": 16,
                "layout": "plain"
            },
            {
                "name": "classifier.1.m.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.1.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.1.m.0.net.1.weight",
                        "bias": "classifier.1.m.0.net.1.bias",
                        "mean": "classifier.1.m.0.net.1.running_mean",
                        "variance": "classifier.1.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 271532,
                "length": 110592,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 96,
                    "taps": 9
                }
            },
            {
                "name": "classifier.1.m.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.1.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.1.m.0.net.1.weight",
                        "bias": "classifier.1.m.0.net.1.bias",
                        "mean": "classifier.1.m.0.net.1.running_mean",
                        "variance": "classifier.1.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 382124,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.1.m.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.1.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.1.m.1.net.1.weight",
                        "bias": "classifier.1.m.1.net.1.bias",
                        "mean": "classifier.1.m.1.net.1.running_mean",
                        "variance": "classifier.1.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 382252,
                "length": 147456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 128,
                    "taps": 9
                }
            },
            {
                "name": "classifier.1.m.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.1.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.1.m.1.net.1.weight",
                        "bias": "classifier.1.m.1.net.1.bias",
                        "mean": "classifier.1.m.1.net.1.running_mean",
                        "variance": "classifier.1.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 529708,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.1.linear.weight",
                "source": {
                    "key": "classifier.1.linear.weight"
                },
                "offset": 529836,
                "length": 1280,
                "layout": "plain"
            },
            {
                "name": "classifier.1.linear.bias",
                "source": {
                    "key": "classifier.1.linear.bias"
                },
                "offset": 531116,
                "length": 10,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 531128,
                "length": 192,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 16,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 531320,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 531332,
                "length": 864,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 12,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 532196,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 532204,
                "length": 256,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 32,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 532460,
                "length": 8,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 532468,
                "length": 288,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 8,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 532756,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 532760,
                "length": 288,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 24,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 533048,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 533060,
                "length": 864,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 12,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 533924,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 533932,
                "length": 384,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 48,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 534316,
                "length": 8,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 534324,
                "length": 288,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 8,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 534612,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.conv_last.net.1.weight",
                        "bias": "scale_flows.1.0.conv_last.net.1.bias",
                        "mean": "scale_flows.1.0.conv_last.net.1.running_mean",
                        "variance": "scale_flows.1.0.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 534616,
                "length": 512,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 64,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.0.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.conv_last.net.1.weight",
                        "bias": "scale_flows.1.0.conv_last.net.1.bias",
                        "mean": "scale_flows.1.0.conv_last.net.1.running_mean",
                        "variance": "scale_flows.1.0.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 535128,
                "length": 8,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 535136,
                "length": 480,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 40,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 535616,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 535628,
                "length": 864,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 12,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 536492,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 536500,
                "length": 512,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 64,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 537012,
                "length": 8,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 537020,
                "length": 288,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 8,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 537308,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 537312,
                "length": 576,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 48,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 537888,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 537900,
                "length": 864,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 12,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 538764,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 538772,
                "length": 640,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 80,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 539412,
                "length": 8,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 539420,
                "length": 288,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 8,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 539708,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.conv_last.net.1.weight",
                        "bias": "scale_flows.1.1.conv_last.net.1.bias",
                        "mean": "scale_flows.1.1.conv_last.net.1.running_mean",
                        "variance": "scale_flows.1.1.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 539712,
                "length": 1536,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 14,
                    "inChannels": 96,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.conv_last.net.1.weight",
                        "bias": "scale_flows.1.1.conv_last.net.1.bias",
                        "mean": "scale_flows.1.1.conv_last.net.1.running_mean",
                        "variance": "scale_flows.1.1.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 541248,
                "length": 14,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.trans.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.trans.net.1.weight",
                        "bias": "scale_flows.1.1.trans.net.1.bias",
                        "mean": "scale_flows.1.1.trans.net.1.running_mean",
                        "variance": "scale_flows.1.1.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 541264,
                "length": 2520,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 35,
                    "inChannels": 70,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.trans.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.trans.net.1.weight",
                        "bias": "scale_flows.1.1.trans.net.1.bias",
                        "mean": "scale_flows.1.1.trans.net.1.running_mean",
                        "variance": "scale_flows.1.1.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 543784,
                "length": 35,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.2.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.2.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.2.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.2.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 543820,
                "length": 560,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 35,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.2.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.2.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.2.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.2.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 544380,
                "length": 16,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.2.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.2.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.2.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.2.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 544396,
                "length": 1152,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 16,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.2.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.2.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.2.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.2.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 545548,
                "length": 8,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.2.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.2.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.2.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.2.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 545556,
                "length": 688,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 43,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.2.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.2.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.2.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.2.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 546244,
                "length": 16,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.2.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.2.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.2.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.2.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 546260,
                "length": 1152,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 16,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.2.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.2.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.2.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.2.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 547412,
                "length": 8,
                "layout": "plain"
            },
            {
                "name": "classifier.2.m.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.2.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.2.m.0.net.1.weight",
                        "bias": "classifier.2.m.0.net.1.bias",
                        "mean": "classifier.2.m.0.net.1.running_mean",
                        "variance": "classifier.2.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 547420,
                "length": 58752,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 51,
                    "taps": 9
                }
            },
            {
                "name": "classifier.2.m.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.2.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.2.m.0.net.1.weight",
                        "bias": "classifier.2.m.0.net.1.bias",
                        "mean": "classifier.2.m.0.net.1.running_mean",
                        "variance": "classifier.2.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 606172,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.2.m.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.2.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.2.m.1.net.1.weight",
                        "bias": "classifier.2.m.1.net.1.bias",
                        "mean": "classifier.2.m.1.net.1.running_mean",
                        "variance": "classifier.2.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 606300,
                "length": 147456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 128,
                    "taps": 9
                }
            },
            {
                "name": "classifier.2.m.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.2.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.2.m.1.net.1.weight",
                        "bias": "classifier.2.m.1.net.1.bias",
                        "mean": "classifier.2.m.1.net.1.running_mean",
                        "variance": "classifier.2.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 753756,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.2.linear.weight",
                "source": {
                    "key": "classifier.2.linear.weight"
                },
                "offset": 753884,
                "length": 1280,
                "layout": "plain"
            },
            {
                "name": "classifier.2.linear.bias",
                "source": {
                    "key": "classifier.2.linear.bias"
                },
                "offset": 755164,
                "length": 10,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 755176,
                "length": 816,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 51,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.3.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 755992,
                "length": 16,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 756008,
                "length": 1152,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 16,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.3.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 757160,
                "length": 8,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 757168,
                "length": 944,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 59,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.3.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 758112,
                "length": 16,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 758128,
                "length": 1152,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 16,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.3.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 759280,
                "length": 8,
                "layout": "plain"
            },
            {
                "name": "classifier.3.m.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.3.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.3.m.0.net.1.weight",
                        "bias": "classifier.3.m.0.net.1.bias",
                        "mean": "classifier.3.m.0.net.1.running_mean",
                        "variance": "classifier.3.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 759288,
                "length": 77184,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 67,
                    "taps": 9
                }
            },
            {
                "name": "classifier.3.m.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.3.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.3.m.0.net.1.weight",
                        "bias": "classifier.3.m.0.net.1.bias",
                        "mean": "classifier.3.m.0.net.1.running_mean",
                        "variance": "classifier.3.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 836472,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.3.m.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.3.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.3.m.1.net.1.weight",
                        "bias": "classifier.3.m.1.net.1.bias",
                        "mean": "classifier.3.m.1.net.1.running_mean",
                        "variance": "classifier.3.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 836600,
                "length": 147456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 128,
                    "taps": 9
                }
            },
            {
                "name": "classifier.3.m.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.3.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.3.m.1.net.1.weight",
                        "bias": "classifier.3.m.1.net.1.bias",
                        "mean": "classifier.3.m.1.net.1.running_mean",
                        "variance": "classifier.3.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 984056,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.3.linear.weight",
                "source": {
                    "key": "classifier.3.linear.weight"
                },
                "offset": 984184,
                "length": 1280,
                "layout": "plain"
            },
            {
                "name": "classifier.3.linear.bias",
                "source": {
                    "key": "classifier.3.linear.bias"
                },
                "offset": 985464,
                "length": 10,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 985476,
                "length": 32,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 8,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 985508,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 985512,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 985620,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 985624,
                "length": 64,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 16,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 985688,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 985692,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 985764,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 985768,
                "length": 48,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 12,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 985816,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 985820,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 985928,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 985932,
                "length": 96,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 24,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 986028,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 986032,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 986104,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.conv_last.net.1.weight",
                        "bias": "scale_flows.2.0.conv_last.net.1.bias",
                        "mean": "scale_flows.2.0.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.0.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 986108,
                "length": 128,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 32,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.0.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.conv_last.net.1.weight",
                        "bias": "scale_flows.2.0.conv_last.net.1.bias",
                        "mean": "scale_flows.2.0.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.0.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 986236,
                "length": 4,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 986240,
                "length": 80,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 20,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 986320,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 986324,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 986432,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 986436,
                "length": 160,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 40,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 986596,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 986600,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 986672,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 986676,
                "length": 96,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 24,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 986772,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 986776,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 986884,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 986888,
                "length": 192,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 48,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 987080,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 987084,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 987156,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.conv_last.net.1.weight",
                        "bias": "scale_flows.2.1.conv_last.net.1.bias",
                        "mean": "scale_flows.2.1.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.1.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 987160,
                "length": 448,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 7,
                    "inChannels": 56,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.conv_last.net.1.weight",
                        "bias": "scale_flows.2.1.conv_last.net.1.bias",
                        "mean": "scale_flows.2.1.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.1.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 987608,
                "length": 7,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.trans.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.trans.net.1.weight",
                        "bias": "scale_flows.2.1.trans.net.1.bias",
                        "mean": "scale_flows.2.1.trans.net.1.running_mean",
                        "variance": "scale_flows.2.1.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 987616,
                "length": 700,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 17,
                    "inChannels": 35,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.trans.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.trans.net.1.weight",
                        "bias": "scale_flows.2.1.trans.net.1.bias",
                        "mean": "scale_flows.2.1.trans.net.1.running_mean",
                        "variance": "scale_flows.2.1.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 988316,
                "length": 17,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 988336,
                "length": 68,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 17,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 988404,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 988408,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 988516,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 988520,
                "length": 140,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 35,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 988660,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 988664,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 988736,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 988740,
                "length": 84,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 21,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 988824,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 988828,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 988936,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 988940,
                "length": 172,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 43,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 989112,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 989116,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 989188,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.conv_last.net.1.weight",
                        "bias": "scale_flows.2.2.conv_last.net.1.bias",
                        "mean": "scale_flows.2.2.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.2.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 989192,
                "length": 408,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 51,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.conv_last.net.1.weight",
                        "bias": "scale_flows.2.2.conv_last.net.1.bias",
                        "mean": "scale_flows.2.2.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.2.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 989600,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 989608,
                "length": 124,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 31,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 989732,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 989736,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 989844,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 989848,
                "length": 204,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 51,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 990052,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 990056,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 990128,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 990132,
                "length": 140,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 35,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 990272,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 990276,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 990384,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 990388,
                "length": 236,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 59,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 990624,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 990628,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 990700,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.conv_last.net.1.weight",
                        "bias": "scale_flows.2.3.conv_last.net.1.bias",
                        "mean": "scale_flows.2.3.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.3.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 990704,
                "length": 804,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 9,
                    "inChannels": 67,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.conv_last.net.1.weight",
                        "bias": "scale_flows.2.3.conv_last.net.1.bias",
                        "mean": "scale_flows.2.3.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.3.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 991508,
                "length": 9,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.trans.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.trans.net.1.weight",
                        "bias": "scale_flows.2.3.trans.net.1.bias",
                        "mean": "scale_flows.2.3.trans.net.1.running_mean",
                        "variance": "scale_flows.2.3.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 991520,
                "length": 1152,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 48,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.trans.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.trans.net.1.weight",
                        "bias": "scale_flows.2.3.trans.net.1.bias",
                        "mean": "scale_flows.2.3.trans.net.1.running_mean",
                        "variance": "scale_flows.2.3.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 992672,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 992696,
                "length": 96,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 24,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.4.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 992792,
                "length": 4,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 992796,
                "length": 144,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 4,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.4.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 992940,
                "length": 4,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 992944,
                "length": 112,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 28,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.4.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 993056,
                "length": 4,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 993060,
                "length": 144,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 4,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.4.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 993204,
                "length": 4,
                "layout": "plain"
            },
            {
                "name": "classifier.4.m.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.4.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.4.m.0.net.1.weight",
                        "bias": "classifier.4.m.0.net.1.bias",
                        "mean": "classifier.4.m.0.net.1.running_mean",
                        "variance": "classifier.4.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 993208,
                "length": 36864,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 32,
                    "taps": 9
                }
            },
            {
                "name": "classifier.4.m.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.4.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.4.m.0.net.1.weight",
                        "bias": "classifier.4.m.0.net.1.bias",
                        "mean": "classifier.4.m.0.net.1.running_mean",
                        "variance": "classifier.4.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1030072,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.4.m.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.4.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.4.m.1.net.1.weight",
                        "bias": "classifier.4.m.1.net.1.bias",
                        "mean": "classifier.4.m.1.net.1.running_mean",
                        "variance": "classifier.4.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1030200,
                "length": 147456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 128,
                    "taps": 9
                }
            },
            {
                "name": "classifier.4.m.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.4.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.4.m.1.net.1.weight",
                        "bias": "classifier.4.m.1.net.1.bias",
                        "mean": "classifier.4.m.1.net.1.running_mean",
                        "variance": "classifier.4.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1177656,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.4.linear.weight",
                "source": {
                    "key": "classifier.4.linear.weight"
                },
                "offset": 1177784,
                "length": 1280,
                "layout": "plain"
            },
            {
                "name": "classifier.4.linear.bias",
                "source": {
                    "key": "classifier.4.linear.bias"
                },
                "offset": 1179064,
                "length": 10,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1179076,
                "length": 128,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 32,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.5.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1179204,
                "length": 4,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1179208,
                "length": 144,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 4,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.5.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1179352,
                "length": 4,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1179356,
                "length": 144,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 36,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.5.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1179500,
                "length": 4,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1179504,
                "length": 144,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 4,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.5.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1179648,
                "length": 4,
                "layout": "plain"
            },
            {
                "name": "classifier.5.m.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.5.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.5.m.0.net.1.weight",
                        "bias": "classifier.5.m.0.net.1.bias",
                        "mean": "classifier.5.m.0.net.1.running_mean",
                        "variance": "classifier.5.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1179652,
                "length": 46080,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 40,
                    "taps": 9
                }
            },
            {
                "name": "classifier.5.m.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.5.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.5.m.0.net.1.weight",
                        "bias": "classifier.5.m.0.net.1.bias",
                        "mean": "classifier.5.m.0.net.1.running_mean",
                        "variance": "classifier.5.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1225732,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.5.m.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.5.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.5.m.1.net.1.weight",
                        "bias": "classifier.5.m.1.net.1.bias",
                        "mean": "classifier.5.m.1.net.1.running_mean",
                        "variance": "classifier.5.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1225860,
                "length": 147456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 128,
                    "taps": 9
                }
            },
            {
                "name": "classifier.5.m.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.5.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.5.m.1.net.1.weight",
                        "bias": "classifier.5.m.1.net.1.bias",
                        "mean": "classifier.5.m.1.net.1.running_mean",
                        "variance": "classifier.5.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1373316,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.5.linear.weight",
                "source": {
                    "key": "classifier.5.linear.weight"
                },
                "offset": 1373444,
                "length": 1280,
                "layout": "plain"
            },
            {
                "name": "classifier.5.linear.bias",
                "source": {
                    "key": "classifier.5.linear.bias"
                },
                "offset": 1374724,
                "length": 10,
                "layout": "plain"
            }
        ]
    },
    "control": {
        "words": 205,
        "counts": 0,
        "ids": [
            7,
            71
        ],
        "source": 135,
        "thresholds": 199
    },
    "output": {
        "words": 4800,
        "final": 0,
        "perExit": 192,
        "logits": 960
    },
    "pipelines": [
        {
            "label": "conv",
            "code": "// conv {\"h\":32,\"w\":32,\"oh\":32,\"ow\":32,\"k\":3,\"stride\":1,\"pad\":1,\"rp\":4,\"rc\":4,\"groupsX\":8,\"pixelBlocks\":4,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 32u;\nconst W = 32u;\nconst OH = 32u;\nconst OW = 32u;\nconst K = 3u;\nconst STRIDE = 1u;\nconst PAD = 1;\nconst RP = 4u;\nconst GROUPS_X = 8u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 4u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":32,\"w\":32,\"oh\":16,\"ow\":16,\"k\":3,\"stride\":2,\"pad\":1,\"rp\":4,\"rc\":4,\"groupsX\":4,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 32u;\nconst W = 32u;\nconst OH = 16u;\nconst OW = 16u;\nconst K = 3u;\nconst STRIDE = 2u;\nconst PAD = 1;\nconst RP = 4u;\nconst GROUPS_X = 4u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":16,\"w\":16,\"oh\":8,\"ow\":8,\"k\":3,\"stride\":2,\"pad\":1,\"rp\":4,\"rc\":4,\"groupsX\":2,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 16u;\nconst W = 16u;\nconst OH = 8u;\nconst OW = 8u;\nconst K = 3u;\nconst STRIDE = 2u;\nconst PAD = 1;\nconst RP = 4u;\nconst GROUPS_X = 2u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":8,\"w\":8,\"oh\":8,\"ow\":8,\"k\":1,\"stride\":1,\"pad\":0,\"rp\":4,\"rc\":4,\"groupsX\":2,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 8u;\nconst W = 8u;\nconst OH = 8u;\nconst OW = 8u;\nconst K = 1u;\nconst STRIDE = 1u;\nconst PAD = 0;\nconst RP = 4u;\nconst GROUPS_X = 2u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":8,\"w\":8,\"oh\":8,\"ow\":8,\"k\":3,\"stride\":1,\"pad\":1,\"rp\":4,\"rc\":4,\"groupsX\":2,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 8u;\nconst W = 8u;\nconst OH = 8u;\nconst OW = 8u;\nconst K = 3u;\nconst STRIDE = 1u;\nconst PAD = 1;\nconst RP = 4u;\nconst GROUPS_X = 2u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":8,\"w\":8,\"oh\":4,\"ow\":4,\"k\":3,\"stride\":2,\"pad\":1,\"rp\":4,\"rc\":4,\"groupsX\":1,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 8u;\nconst W = 8u;\nconst OH = 4u;\nconst OW = 4u;\nconst K = 3u;\nconst STRIDE = 2u;\nconst PAD = 1;\nconst RP = 4u;\nconst GROUPS_X = 1u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":4,\"w\":4,\"oh\":2,\"ow\":2,\"k\":3,\"stride\":2,\"pad\":1,\"rp\":2,\"rc\":4,\"groupsX\":1,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 2\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 2 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 4u;\nconst W = 4u;\nconst OH = 2u;\nconst OW = 2u;\nconst K = 3u;\nconst STRIDE = 2u;\nconst PAD = 1;\nconst RP = 2u;\nconst GROUPS_X = 1u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 2>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "linear",
            "code": "// linear {\"features\":128,\"classes\":10,\"pool\":2,\"poolStride\":2,\"poolArea\":4,\"poh\":1,\"pow\":1,\"pooledHW\":1,\"h\":2,\"w\":2}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Exit head tail: average pool 2x2 + flatten + linear, one sample\n// per workgroup. The pooled features are computed once into workgroup memory, then each\n// thread produces logits.\nconst FEATURES = 128u;\nconst CLASSES = 10u;\nvar<workgroup> feature: array<f32, 128>;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let src = p.in_base + n * p.in_stride;\n  for (var f = lid; f < FEATURES; f += 64u) {\n    // Feature f = (c, py, px) of the pooled [C, 1, 1] map.\n    let c = f / 1u;\n    let py = (f / 1u) % 1u;\n    let px = f % 1u;\n    var s = 0.0;\n    for (var ky = 0u; ky < 2u; ky++) {\n      for (var kx = 0u; kx < 2u; kx++) {\n        s += f32(arena[src + (c * 2u + py * 2u + ky) * 2u + px * 2u + kx]);\n      }\n    }\n    feature[f] = s / 4.0;\n  }\n  workgroupBarrier();\n  for (var o = lid; o < CLASSES; o += 64u) {\n    var acc = f32(weights[(p.b_off + o) / 4u][(p.b_off + o) % 4u]);\n    let row = p.w_off + o * FEATURES;\n    for (var f = 0u; f < FEATURES; f++) {\n      acc = fma(f32(weights[(row + f) / 4u][(row + f) % 4u]), feature[f], acc);\n    }\n    arena[p.out_base + n * p.out_stride + o] = act(acc);\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "exit0",
            "code": "// exit 0\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 0: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. Samples below the threshold continue: a workgroup prefix\n// sum gives each its compacted slot, and the next stage's count and indirect dispatch\n// arguments are written here, so the CPU never reads anything back between stages.\nconst CLASSES = 10u;\nconst MAX_BATCH = 64u;\nconst NEXT_ARGS = array<u32, 10>(16u, 16u, 32u, 16u, 4u, 16u, 4u, 32u, 32u, 1u);\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[0u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[199u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[7u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[960u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[192u + original * 2u] = cls;\n      results[192u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (confidence >= threshold) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 0u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n    // Inclusive Hillis-Steele scan of the keep flags over the workgroup.\n    scan[lid] = keep;\n    workgroupBarrier();\n    for (var d = 1u; d < 256u; d = d * 2u) {\n      var v = 0u;\n      if (lid >= d) { v = scan[lid - d]; }\n      workgroupBarrier();\n      scan[lid] = scan[lid] + v;\n      workgroupBarrier();\n    }\n    if (keep == 1u) {\n      let to = kept + scan[lid] - 1u;\n      ctl[71u + to] = original;\n      ctl[135u + to] = slot;\n    }\n    kept = kept + workgroupUniformLoad(&scan[255]);\n  }\n  if (lid == 0u) {\n    ctl[1u] = kept;\n    for (var i = 0u; i < 10u; i++) {\n      args[(10u + i) * 3u] = NEXT_ARGS[i];\n      args[(10u + i) * 3u + 1u] = 1u;\n      args[(10u + i) * 3u + 2u] = kept;\n    }\n  }\n}\n",
            "bindings": "exit"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":4096,\"source\":135}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 4096 elements per sample written so far move.\nconst PER_SAMPLE = 4096u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[135u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":8192,\"source\":135}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 8192 elements per sample written so far move.\nconst PER_SAMPLE = 8192u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[135u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "exit1",
            "code": "// exit 1\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 1: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. Samples below the threshold continue: a workgroup prefix\n// sum gives each its compacted slot, and the next stage's count and indirect dispatch\n// arguments are written here, so the CPU never reads anything back between stages.\nconst CLASSES = 10u;\nconst MAX_BATCH = 64u;\nconst NEXT_ARGS = array<u32, 30>(24u, 16u, 32u, 3u, 2u, 2u, 1u, 3u, 2u, 2u, 1u, 2u, 3u, 2u, 2u, 1u, 3u, 2u, 2u, 1u, 12u, 4u, 9u, 4u, 2u, 4u, 2u, 32u, 32u, 1u);\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[1u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[200u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[71u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[1600u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[320u + original * 2u] = cls;\n      results[320u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (confidence >= threshold) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 1u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n    // Inclusive Hillis-Steele scan of the keep flags over the workgroup.\n    scan[lid] = keep;\n    workgroupBarrier();\n    for (var d = 1u; d < 256u; d = d * 2u) {\n      var v = 0u;\n      if (lid >= d) { v = scan[lid - d]; }\n      workgroupBarrier();\n      scan[lid] = scan[lid] + v;\n      workgroupBarrier();\n    }\n    if (keep == 1u) {\n      let to = kept + scan[lid] - 1u;\n      ctl[7u + to] = original;\n      ctl[135u + to] = slot;\n    }\n    kept = kept + workgroupUniformLoad(&scan[255]);\n  }\n  if (lid == 0u) {\n    ctl[2u] = kept;\n    for (var i = 0u; i < 30u; i++) {\n      args[(20u + i) * 3u] = NEXT_ARGS[i];\n      args[(20u + i) * 3u + 1u] = 1u;\n      args[(20u + i) * 3u + 2u] = kept;\n    }\n  }\n}\n",
            "bindings": "exit"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":6144,\"source\":135}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 6144 elements per sample written so far move.\nconst PER_SAMPLE = 6144u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[135u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":16,\"w\":16,\"oh\":16,\"ow\":16,\"k\":1,\"stride\":1,\"pad\":0,\"rp\":4,\"rc\":4,\"groupsX\":4,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 16u;\nconst W = 16u;\nconst OH = 16u;\nconst OW = 16u;\nconst K = 1u;\nconst STRIDE = 1u;\nconst PAD = 0;\nconst RP = 4u;\nconst GROUPS_X = 4u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":16,\"w\":16,\"oh\":16,\"ow\":16,\"k\":3,\"stride\":1,\"pad\":1,\"rp\":4,\"rc\":4,\"groupsX\":4,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 16u;\nconst W = 16u;\nconst OH = 16u;\nconst OW = 16u;\nconst K = 3u;\nconst STRIDE = 1u;\nconst PAD = 1;\nconst RP = 4u;\nconst GROUPS_X = 4u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv-resize",
            "code": "// conv-resize {\"h\":8,\"w\":8,\"oh\":16,\"ow\":16,\"k\":3,\"stride\":1,\"pad\":1,\"ih\":8,\"iw\":8,\"ch\":8,\"cw\":8,\"scaleY\":\"0.46666666865348816\",\"scaleX\":\"0.46666666865348816\",\"coarsePixels\":64,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Convolution with a bilinear resize (align_corners = true) in its epilogue: a workgroup\n// computes 4 output channels of the whole 8x8 convolution output into workgroup\n// memory, then writes its 16x16 interpolation into the output channel slice. The\n// coarse map is never stored.\nconst IH = 8u;\nconst IW = 8u;\nconst H = 8u;\nconst W = 8u;\nconst OH = 16u;\nconst OW = 16u;\nconst K = 3u;\nconst STRIDE = 1u;\nconst PAD = 1;\nconst SCALE_Y = 0.46666666865348816;\nconst SCALE_X = 0.46666666865348816;\nconst THREADS = 64u;\n\nvar<workgroup> coarse: array<vec4<f32>, 64>;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x;\n  var bias = vec4<f32>(0.0);\n  for (var r = 0u; r < 4u; r++) {\n    let co = min(cg * 4u + r, p.cout - 1u);\n    bias[r] = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n  }\n  for (var px = lid; px < H * W; px += THREADS) {\n    let cy = px / W;\n    let cx = px % W;\n    var acc = vec4<f32>(0.0);\n    for (var ci = 0u; ci < p.cin; ci++) {\n      let plane = p.in_base + n * p.in_stride + ci * IH * IW;\n      let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n      for (var ky = 0u; ky < K; ky++) {\n        let iy = i32(cy * STRIDE + ky) - PAD;\n        if (iy < 0 || iy >= i32(IH)) { continue; }\n        for (var kx = 0u; kx < K; kx++) {\n          let ix = i32(cx * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(IW)) {\n            acc = fma(vec4<f32>(weights[wrow + ky * K + kx]), vec4<f32>(f32(arena[plane + u32(iy) * IW + u32(ix)])), acc);\n          }\n        }\n      }\n    }\n    coarse[px] = max(acc + bias, vec4<f32>(0.0));\n  }\n  workgroupBarrier();\n  let out = p.out_base + n * p.out_stride;\n  for (var o = lid; o < OH * OW; o += THREADS) {\n    let oy = o / OW;\n    let ox = o % OW;\n  // Bilinear taps with align_corners = true, as PyTorch computes them: src = dst * scale in f32,\n  // neighbours floor(src) and the next one clamped to the edge, weight src - floor(src).\n  let sy = SCALE_Y * f32(oy);\n  let sx = SCALE_X * f32(ox);\n  let y0 = min(u32(sy), H - 1u);\n  let x0 = min(u32(sx), W - 1u);\n  let y1 = min(y0 + 1u, H - 1u);\n  let x1 = min(x0 + 1u, W - 1u);\n  let ty = sy - f32(y0);\n  let tx = sx - f32(x0);\n    let top = (1.0 - tx) * coarse[y0 * W + x0] + tx * coarse[y0 * W + x1];\n    let bottom = (1.0 - tx) * coarse[y1 * W + x0] + tx * coarse[y1 * W + x1];\n    let v = (1.0 - ty) * top + ty * bottom;\n    for (var r = 0u; r < 4u; r++) {\n      let co = cg * 4u + r;\n      if (co < p.cout) { arena[out + co * OH * OW + o] = act(v[r]); }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv-resize",
            "code": "// conv-resize {\"h\":8,\"w\":8,\"oh\":16,\"ow\":16,\"k\":1,\"stride\":1,\"pad\":0,\"ih\":8,\"iw\":8,\"ch\":8,\"cw\":8,\"scaleY\":\"0.46666666865348816\",\"scaleX\":\"0.46666666865348816\",\"coarsePixels\":64,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Convolution with a bilinear resize (align_corners = true) in its epilogue: a workgroup\n// computes 4 output channels of the whole 8x8 convolution output into workgroup\n// memory, then writes its 16x16 interpolation into the output channel slice. The\n// coarse map is never stored.\nconst IH = 8u;\nconst IW = 8u;\nconst H = 8u;\nconst W = 8u;\nconst OH = 16u;\nconst OW = 16u;\nconst K = 1u;\nconst STRIDE = 1u;\nconst PAD = 0;\nconst SCALE_Y = 0.46666666865348816;\nconst SCALE_X = 0.46666666865348816;\nconst THREADS = 64u;\n\nvar<workgroup> coarse: array<vec4<f32>, 64>;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x;\n  var bias = vec4<f32>(0.0);\n  for (var r = 0u; r < 4u; r++) {\n    let co = min(cg * 4u + r, p.cout - 1u);\n    bias[r] = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n  }\n  for (var px = lid; px < H * W; px += THREADS) {\n    let cy = px / W;\n    let cx = px % W;\n    var acc = vec4<f32>(0.0);\n    for (var ci = 0u; ci < p.cin; ci++) {\n      let plane = p.in_base + n * p.in_stride + ci * IH * IW;\n      let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n      for (var ky = 0u; ky < K; ky++) {\n        let iy = i32(cy * STRIDE + ky) - PAD;\n        if (iy < 0 || iy >= i32(IH)) { continue; }\n        for (var kx = 0u; kx < K; kx++) {\n          let ix = i32(cx * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(IW)) {\n            acc = fma(vec4<f32>(weights[wrow + ky * K + kx]), vec4<f32>(f32(arena[plane + u32(iy) * IW + u32(ix)])), acc);\n          }\n        }\n      }\n    }\n    coarse[px] = max(acc + bias, vec4<f32>(0.0));\n  }\n  workgroupBarrier();\n  let out = p.out_base + n * p.out_stride;\n  for (var o = lid; o < OH * OW; o += THREADS) {\n    let oy = o / OW;\n    let ox = o % OW;\n  // Bilinear taps with align_corners = true, as PyTorch computes them: src = dst * scale in f32,\n  // neighbours floor(src) and the next one clamped to the edge, weight src - floor(src).\n  let sy = SCALE_Y * f32(oy);\n  let sx = SCALE_X * f32(ox);\n  let y0 = min(u32(sy), H - 1u);\n  let x0 = min(u32(sx), W - 1u);\n  let y1 = min(y0 + 1u, H - 1u);\n  let x1 = min(x0 + 1u, W - 1u);\n  let ty = sy - f32(y0);\n  let tx = sx - f32(x0);\n    let top = (1.0 - tx) * coarse[y0 * W + x0] + tx * coarse[y0 * W + x1];\n    let bottom = (1.0 - tx) * coarse[y1 * W + x0] + tx * coarse[y1 * W + x1];\n    let v = (1.0 - ty) * top + ty * bottom;\n    for (var r = 0u; r < 4u; r++) {\n      let co = cg * 4u + r;\n      if (co < p.cout) { arena[out + co * OH * OW + o] = act(v[r]); }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "resize",
            "code": "// resize {\"h\":16,\"w\":16,\"oh\":8,\"ow\":8,\"scaleY\":\"2.142857074737549\",\"scaleX\":\"2.142857074737549\"}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  channels: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Bilinear resize with align_corners = true, one thread per output element, written\n// straight into its channel slice of the destination buffer.\nconst H = 16u;\nconst W = 16u;\nconst OH = 8u;\nconst OW = 8u;\nconst SCALE_Y = 2.142857074737549;\nconst SCALE_X = 2.142857074737549;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= p.channels * OH * OW) { return; }\n  let c = i / (OH * OW);\n  let oy = (i / OW) % OH;\n  let ox = i % OW;\n  // Bilinear taps with align_corners = true, as PyTorch computes them: src = dst * scale in f32,\n  // neighbours floor(src) and the next one clamped to the edge, weight src - floor(src).\n  let sy = SCALE_Y * f32(oy);\n  let sx = SCALE_X * f32(ox);\n  let y0 = min(u32(sy), H - 1u);\n  let x0 = min(u32(sx), W - 1u);\n  let y1 = min(y0 + 1u, H - 1u);\n  let x1 = min(x0 + 1u, W - 1u);\n  let ty = sy - f32(y0);\n  let tx = sx - f32(x0);\n  let plane = p.in_base + n * p.in_stride + c * H * W;\n  let top = (1.0 - tx) * f32(arena[plane + y0 * W + x0]) + tx * f32(arena[plane + y0 * W + x1]);\n  let bottom = (1.0 - tx) * f32(arena[plane + y1 * W + x0]) + tx * f32(arena[plane + y1 * W + x1]);\n  arena[p.out_base + n * p.out_stride + i] = act((1.0 - ty) * top + ty * bottom);\n}\n",
            "bindings": "basic"
        },
        {
            "label": "exit2",
            "code": "// exit 2\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 2: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. Samples below the threshold continue: a workgroup prefix\n// sum gives each its compacted slot, and the next stage's count and indirect dispatch\n// arguments are written here, so the CPU never reads anything back between stages.\nconst CLASSES = 10u;\nconst MAX_BATCH = 64u;\nconst NEXT_ARGS = array<u32, 11>(48u, 18u, 13u, 32u, 4u, 2u, 4u, 2u, 32u, 32u, 1u);\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[2u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[201u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[7u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[2240u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[448u + original * 2u] = cls;\n      results[448u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (confidence >= threshold) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 2u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n    // Inclusive Hillis-Steele scan of the keep flags over the workgroup.\n    scan[lid] = keep;\n    workgroupBarrier();\n    for (var d = 1u; d < 256u; d = d * 2u) {\n      var v = 0u;\n      if (lid >= d) { v = scan[lid - d]; }\n      workgroupBarrier();\n      scan[lid] = scan[lid] + v;\n      workgroupBarrier();\n    }\n    if (keep == 1u) {\n      let to = kept + scan[lid] - 1u;\n      ctl[71u + to] = original;\n      ctl[135u + to] = slot;\n    }\n    kept = kept + workgroupUniformLoad(&scan[255]);\n  }\n  if (lid == 0u) {\n    ctl[3u] = kept;\n    for (var i = 0u; i < 11u; i++) {\n      args[(50u + i) * 3u] = NEXT_ARGS[i];\n      args[(50u + i) * 3u + 1u] = 1u;\n      args[(50u + i) * 3u + 2u] = kept;\n    }\n  }\n}\n",
            "bindings": "exit"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":12288,\"source\":135}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 12288 elements per sample written so far move.\nconst PER_SAMPLE = 12288u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[135u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":4480,\"source\":135}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 4480 elements per sample written so far move.\nconst PER_SAMPLE = 4480u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[135u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":3264,\"source\":135}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 3264 elements per sample written so far move.\nconst PER_SAMPLE = 3264u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[135u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "exit3",
            "code": "// exit 3\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 3: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. Samples below the threshold continue: a workgroup prefix\n// sum gives each its compacted slot, and the next stage's count and indirect dispatch\n// arguments are written here, so the CPU never reads anything back between stages.\nconst CLASSES = 10u;\nconst MAX_BATCH = 64u;\nconst NEXT_ARGS = array<u32, 51>(48u, 18u, 17u, 32u, 4u, 4u, 1u, 1u, 4u, 4u, 1u, 1u, 1u, 4u, 4u, 1u, 1u, 4u, 1u, 1u, 1u, 24u, 2u, 5u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 2u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 9u, 3u, 6u, 1u, 1u, 1u, 1u, 32u, 32u, 1u);\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[3u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[202u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[71u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[2880u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[576u + original * 2u] = cls;\n      results[576u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (confidence >= threshold) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 3u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n    // Inclusive Hillis-Steele scan of the keep flags over the workgroup.\n    scan[lid] = keep;\n    workgroupBarrier();\n    for (var d = 1u; d < 256u; d = d * 2u) {\n      var v = 0u;\n      if (lid >= d) { v = scan[lid - d]; }\n      workgroupBarrier();\n      scan[lid] = scan[lid] + v;\n      workgroupBarrier();\n    }\n    if (keep == 1u) {\n      let to = kept + scan[lid] - 1u;\n      ctl[7u + to] = original;\n      ctl[135u + to] = slot;\n    }\n    kept = kept + workgroupUniformLoad(&scan[255]);\n  }\n  if (lid == 0u) {\n    ctl[4u] = kept;\n    for (var i = 0u; i < 51u; i++) {\n      args[(61u + i) * 3u] = NEXT_ARGS[i];\n      args[(61u + i) * 3u + 1u] = 1u;\n      args[(61u + i) * 3u + 2u] = kept;\n    }\n  }\n}\n",
            "bindings": "exit"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":4288,\"source\":135}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 4288 elements per sample written so far move.\nconst PER_SAMPLE = 4288u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[135u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":32,\"w\":32,\"oh\":32,\"ow\":32,\"k\":1,\"stride\":1,\"pad\":0,\"rp\":4,\"rc\":4,\"groupsX\":8,\"pixelBlocks\":4,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 32u;\nconst W = 32u;\nconst OH = 32u;\nconst OW = 32u;\nconst K = 1u;\nconst STRIDE = 1u;\nconst PAD = 0;\nconst RP = 4u;\nconst GROUPS_X = 8u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 4u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv-resize",
            "code": "// conv-resize {\"h\":16,\"w\":16,\"oh\":32,\"ow\":32,\"k\":3,\"stride\":1,\"pad\":1,\"ih\":16,\"iw\":16,\"ch\":16,\"cw\":16,\"scaleY\":\"0.4838709533214569\",\"scaleX\":\"0.4838709533214569\",\"coarsePixels\":256,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Convolution with a bilinear resize (align_corners = true) in its epilogue: a workgroup\n// computes 4 output channels of the whole 16x16 convolution output into workgroup\n// memory, then writes its 32x32 interpolation into the output channel slice. The\n// coarse map is never stored.\nconst IH = 16u;\nconst IW = 16u;\nconst H = 16u;\nconst W = 16u;\nconst OH = 32u;\nconst OW = 32u;\nconst K = 3u;\nconst STRIDE = 1u;\nconst PAD = 1;\nconst SCALE_Y = 0.4838709533214569;\nconst SCALE_X = 0.4838709533214569;\nconst THREADS = 64u;\n\nvar<workgroup> coarse: array<vec4<f32>, 256>;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x;\n  var bias = vec4<f32>(0.0);\n  for (var r = 0u; r < 4u; r++) {\n    let co = min(cg * 4u + r, p.cout - 1u);\n    bias[r] = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n  }\n  for (var px = lid; px < H * W; px += THREADS) {\n    let cy = px / W;\n    let cx = px % W;\n    var acc = vec4<f32>(0.0);\n    for (var ci = 0u; ci < p.cin; ci++) {\n      let plane = p.in_base + n * p.in_stride + ci * IH * IW;\n      let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n      for (var ky = 0u; ky < K; ky++) {\n        let iy = i32(cy * STRIDE + ky) - PAD;\n        if (iy < 0 || iy >= i32(IH)) { continue; }\n        for (var kx = 0u; kx < K; kx++) {\n          let ix = i32(cx * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(IW)) {\n            acc = fma(vec4<f32>(weights[wrow + ky * K + kx]), vec4<f32>(f32(arena[plane + u32(iy) * IW + u32(ix)])), acc);\n          }\n        }\n      }\n    }\n    coarse[px] = max(acc + bias, vec4<f32>(0.0));\n  }\n  workgroupBarrier();\n  let out = p.out_base + n * p.out_stride;\n  for (var o = lid; o < OH * OW; o += THREADS) {\n    let oy = o / OW;\n    let ox = o % OW;\n  // Bilinear taps with align_corners = true, as PyTorch computes them: src = dst * scale in f32,\n  // neighbours floor(src) and the next one clamped to the edge, weight src - floor(src).\n  let sy = SCALE_Y * f32(oy);\n  let sx = SCALE_X * f32(ox);\n  let y0 = min(u32(sy), H - 1u);\n  let x0 = min(u32(sx), W - 1u);\n  let y1 = min(y0 + 1u, H - 1u);\n  let x1 = min(x0 + 1u, W - 1u);\n  let ty = sy - f32(y0);\n  let tx = sx - f32(x0);\n    let top = (1.0 - tx) * coarse[y0 * W + x0] + tx * coarse[y0 * W + x1];\n    let bottom = (1.0 - tx) * coarse[y1 * W + x0] + tx * coarse[y1 * W + x1];\n    let v = (1.0 - ty) * top + ty * bottom;\n    for (var r = 0u; r < 4u; r++) {\n      let co = cg * 4u + r;\n      if (co < p.cout) { arena[out + co * OH * OW + o] = act(v[r]); }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv-resize",
            "code": "// conv-resize {\"h\":16,\"w\":16,\"oh\":32,\"ow\":32,\"k\":1,\"stride\":1,\"pad\":0,\"ih\":16,\"iw\":16,\"ch\":16,\"cw\":16,\"scaleY\":\"0.4838709533214569\",\"scaleX\":\"0.4838709533214569\",\"coarsePixels\":256,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Convolution with a bilinear resize (align_corners = true) in its epilogue: a workgroup\n// computes 4 output channels of the whole 16x16 convolution output into workgroup\n// memory, then writes its 32x32 interpolation into the output channel slice. The\n// coarse map is never stored.\nconst IH = 16u;\nconst IW = 16u;\nconst H = 16u;\nconst W = 16u;\nconst OH = 32u;\nconst OW = 32u;\nconst K = 1u;\nconst STRIDE = 1u;\nconst PAD = 0;\nconst SCALE_Y = 0.4838709533214569;\nconst SCALE_X = 0.4838709533214569;\nconst THREADS = 64u;\n\nvar<workgroup> coarse: array<vec4<f32>, 256>;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x;\n  var bias = vec4<f32>(0.0);\n  for (var r = 0u; r < 4u; r++) {\n    let co = min(cg * 4u + r, p.cout - 1u);\n    bias[r] = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n  }\n  for (var px = lid; px < H * W; px += THREADS) {\n    let cy = px / W;\n    let cx = px % W;\n    var acc = vec4<f32>(0.0);\n    for (var ci = 0u; ci < p.cin; ci++) {\n      let plane = p.in_base + n * p.in_stride + ci * IH * IW;\n      let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n      for (var ky = 0u; ky < K; ky++) {\n        let iy = i32(cy * STRIDE + ky) - PAD;\n        if (iy < 0 || iy >= i32(IH)) { continue; }\n        for (var kx = 0u; kx < K; kx++) {\n          let ix = i32(cx * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(IW)) {\n            acc = fma(vec4<f32>(weights[wrow + ky * K + kx]), vec4<f32>(f32(arena[plane + u32(iy) * IW + u32(ix)])), acc);\n          }\n        }\n      }\n    }\n    coarse[px] = max(acc + bias, vec4<f32>(0.0));\n  }\n  workgroupBarrier();\n  let out = p.out_base + n * p.out_stride;\n  for (var o = lid; o < OH * OW; o += THREADS) {\n    let oy = o / OW;\n    let ox = o % OW;\n  // Bilinear taps with align_corners = true, as PyTorch computes them: src = dst * scale in f32,\n  // neighbours floor(src) and the next one clamped to the edge, weight src - floor(src).\n  let sy = SCALE_Y * f32(oy);\n  let sx = SCALE_X * f32(ox);\n  let y0 = min(u32(sy), H - 1u);\n  let x0 = min(u32(sx), W - 1u);\n  let y1 = min(y0 + 1u, H - 1u);\n  let x1 = min(x0 + 1u, W - 1u);\n  let ty = sy - f32(y0);\n  let tx = sx - f32(x0);\n    let top = (1.0 - tx) * coarse[y0 * W + x0] + tx * coarse[y0 * W + x1];\n    let bottom = (1.0 - tx) * coarse[y1 * W + x0] + tx * coarse[y1 * W + x1];\n    let v = (1.0 - ty) * top + ty * bottom;\n    for (var r = 0u; r < 4u; r++) {\n      let co = cg * 4u + r;\n      if (co < p.cout) { arena[out + co * OH * OW + o] = act(v[r]); }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "resize",
            "code": "// resize {\"h\":32,\"w\":32,\"oh\":16,\"ow\":16,\"scaleY\":\"2.066666603088379\",\"scaleX\":\"2.066666603088379\"}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  channels: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Bilinear resize with align_corners = true, one thread per output element, written\n// straight into its channel slice of the destination buffer.\nconst H = 32u;\nconst W = 32u;\nconst OH = 16u;\nconst OW = 16u;\nconst SCALE_Y = 2.066666603088379;\nconst SCALE_X = 2.066666603088379;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= p.channels * OH * OW) { return; }\n  let c = i / (OH * OW);\n  let oy = (i / OW) % OH;\n  let ox = i % OW;\n  // Bilinear taps with align_corners = true, as PyTorch computes them: src = dst * scale in f32,\n  // neighbours floor(src) and the next one clamped to the edge, weight src - floor(src).\n  let sy = SCALE_Y * f32(oy);\n  let sx = SCALE_X * f32(ox);\n  let y0 = min(u32(sy), H - 1u);\n  let x0 = min(u32(sx), W - 1u);\n  let y1 = min(y0 + 1u, H - 1u);\n  let x1 = min(x0 + 1u, W - 1u);\n  let ty = sy - f32(y0);\n  let tx = sx - f32(x0);\n  let plane = p.in_base + n * p.in_stride + c * H * W;\n  let top = (1.0 - tx) * f32(arena[plane + y0 * W + x0]) + tx * f32(arena[plane + y0 * W + x1]);\n  let bottom = (1.0 - tx) * f32(arena[plane + y1 * W + x0]) + tx * f32(arena[plane + y1 * W + x1]);\n  arena[p.out_base + n * p.out_stride + i] = act((1.0 - ty) * top + ty * bottom);\n}\n",
            "bindings": "basic"
        },
        {
            "label": "exit4",
            "code": "// exit 4\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 4: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. Samples below the threshold continue: a workgroup prefix\n// sum gives each its compacted slot, and the next stage's count and indirect dispatch\n// arguments are written here, so the CPU never reads anything back between stages.\nconst CLASSES = 10u;\nconst MAX_BATCH = 64u;\nconst NEXT_ARGS = array<u32, 8>(8u, 1u, 1u, 1u, 1u, 32u, 32u, 1u);\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[4u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[203u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[7u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[3520u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[704u + original * 2u] = cls;\n      results[704u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (confidence >= threshold) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 4u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n    // Inclusive Hillis-Steele scan of the keep flags over the workgroup.\n    scan[lid] = keep;\n    workgroupBarrier();\n    for (var d = 1u; d < 256u; d = d * 2u) {\n      var v = 0u;\n      if (lid >= d) { v = scan[lid - d]; }\n      workgroupBarrier();\n      scan[lid] = scan[lid] + v;\n      workgroupBarrier();\n    }\n    if (keep == 1u) {\n      let to = kept + scan[lid] - 1u;\n      ctl[71u + to] = original;\n      ctl[135u + to] = slot;\n    }\n    kept = kept + workgroupUniformLoad(&scan[255]);\n  }\n  if (lid == 0u) {\n    ctl[5u] = kept;\n    for (var i = 0u; i < 8u; i++) {\n      args[(112u + i) * 3u] = NEXT_ARGS[i];\n      args[(112u + i) * 3u + 1u] = 1u;\n      args[(112u + i) * 3u + 2u] = kept;\n    }\n  }\n}\n",
            "bindings": "exit"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":2048,\"source\":135}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 2048 elements per sample written so far move.\nconst PER_SAMPLE = 2048u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[135u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "exit5",
            "code": "// exit 5\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 5: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. The last\n// exit takes every sample.\nconst CLASSES = 10u;\nconst MAX_BATCH = 64u;\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[5u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[204u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[71u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[4160u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[832u + original * 2u] = cls;\n      results[832u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (true) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 5u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n  }\n}\n",
            "bindings": "exit"
        }
    ],
    "stages": [
        {
            "exit": 0,
            "dispatches": [
                {
                    "pipeline": 0,
                    "label": "FirstLayer.layers.0.net.0",
                    "params": [
                        3,
                        1572864,
                        3072,
                        0,
                        24576,
                        0,
                        216,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 0
                    }
                },
                {
                    "pipeline": 1,
                    "label": "FirstLayer.layers.1.net.0",
                    "params": [
                        8,
                        0,
                        24576,
                        1572864,
                        12288,
                        224,
                        1376,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 1
                    }
                },
                {
                    "pipeline": 2,
                    "label": "FirstLayer.layers.2.net.0",
                    "params": [
                        16,
                        1572864,
                        12288,
                        2359296,
                        6144,
                        1392,
                        6000,
                        32
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 2
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.0.0.layers.0.conv_normal.net.0",
                    "params": [
                        32,
                        2359296,
                        6144,
                        2752512,
                        2048,
                        6032,
                        7056,
                        32
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 3
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.0.0.layers.0.conv_normal.net.3",
                    "params": [
                        32,
                        2752512,
                        2048,
                        2361344,
                        6144,
                        7088,
                        11696,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 4
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.0.0.layers.1.conv_normal.net.0",
                    "params": [
                        48,
                        2359296,
                        6144,
                        2752512,
                        3072,
                        11712,
                        14016,
                        48
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 12,
                        "argsSlot": 5
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.0.0.layers.1.conv_normal.net.3",
                    "params": [
                        48,
                        2752512,
                        3072,
                        2362368,
                        6144,
                        14064,
                        20976,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 6
                    }
                },
                {
                    "pipeline": 5,
                    "label": "classifier.0.m.0.net.0",
                    "params": [
                        64,
                        2359296,
                        6144,
                        2752512,
                        2048,
                        20992,
                        94720,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 7
                    }
                },
                {
                    "pipeline": 6,
                    "label": "classifier.0.m.1.net.0",
                    "params": [
                        128,
                        2752512,
                        2048,
                        2883584,
                        512,
                        94848,
                        242304,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 8
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.0.linear",
                    "params": [
                        2883584,
                        512,
                        2752512,
                        10,
                        242432,
                        243712
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 9
                    }
                },
                {
                    "pipeline": 8,
                    "label": "exit0",
                    "params": [
                        2752512,
                        10
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "pipeline": 9,
                    "label": "gather3",
                    "params": [
                        2359296,
                        6144,
                        3932160,
                        6144
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16,
                        "argsSlot": 10
                    }
                },
                {
                    "pipeline": 9,
                    "label": "gather2",
                    "params": [
                        1572864,
                        12288,
                        3145728,
                        12288
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16,
                        "argsSlot": 11
                    }
                },
                {
                    "pipeline": 10,
                    "label": "gather1",
                    "params": [
                        0,
                        24576,
                        1572864,
                        24576
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 12
                    }
                }
            ],
            "argsX": [
                8,
                4,
                8,
                8,
                4,
                12,
                4,
                32,
                32,
                1
            ],
            "argsBase": 0
        },
        {
            "exit": 1,
            "dispatches": [
                {
                    "pipeline": 3,
                    "label": "scale_flows.0.1.layers.0.conv_normal.net.0",
                    "params": [
                        64,
                        3932160,
                        6144,
                        0,
                        4096,
                        243724,
                        247820,
                        64
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16,
                        "argsSlot": 13
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.0.1.layers.0.conv_normal.net.3",
                    "params": [
                        64,
                        0,
                        4096,
                        3936256,
                        6144,
                        247884,
                        257100,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 14
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.0.1.layers.1.conv_normal.net.0",
                    "params": [
                        80,
                        3932160,
                        6144,
                        0,
                        4096,
                        257116,
                        262236,
                        64
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16,
                        "argsSlot": 15
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.0.1.layers.1.conv_normal.net.3",
                    "params": [
                        64,
                        0,
                        4096,
                        3937280,
                        6144,
                        262300,
                        271516,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 16
                    }
                },
                {
                    "pipeline": 5,
                    "label": "classifier.1.m.0.net.0",
                    "params": [
                        96,
                        3932160,
                        6144,
                        0,
                        2048,
                        271532,
                        382124,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 17
                    }
                },
                {
                    "pipeline": 6,
                    "label": "classifier.1.m.1.net.0",
                    "params": [
                        128,
                        0,
                        2048,
                        131072,
                        512,
                        382252,
                        529708,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 18
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.1.linear",
                    "params": [
                        131072,
                        512,
                        0,
                        10,
                        529836,
                        531116
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 19
                    }
                },
                {
                    "pipeline": 11,
                    "label": "exit1",
                    "params": [
                        0,
                        10
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "pipeline": 12,
                    "label": "gather9",
                    "params": [
                        3932160,
                        6144,
                        4718592,
                        6144
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 24,
                        "argsSlot": 20
                    }
                },
                {
                    "pipeline": 9,
                    "label": "gather10",
                    "params": [
                        3145728,
                        12288,
                        3932160,
                        12288
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16,
                        "argsSlot": 21
                    }
                },
                {
                    "pipeline": 10,
                    "label": "gather11",
                    "params": [
                        1572864,
                        24576,
                        0,
                        24576
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 22
                    }
                }
            ],
            "argsX": [
                16,
                16,
                32,
                16,
                4,
                16,
                4,
                32,
                32,
                1
            ],
            "argsBase": 10
        },
        {
            "exit": 2,
            "dispatches": [
                {
                    "pipeline": 13,
                    "label": "scale_flows.1.0.layers.0.conv_normal.net.0",
                    "params": [
                        16,
                        3932160,
                        12288,
                        1572864,
                        3072,
                        531128,
                        531320,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 23
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.1.0.layers.0.conv_normal.net.3",
                    "params": [
                        12,
                        1572864,
                        3072,
                        3936768,
                        12288,
                        531332,
                        532196,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 24
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.0.layers.0.conv_up.net.0",
                    "params": [
                        32,
                        4718592,
                        6144,
                        1572864,
                        512,
                        532204,
                        532460,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 25
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.1.0.layers.0.conv_up.net.3",
                    "params": [
                        8,
                        1572864,
                        512,
                        3936256,
                        12288,
                        532468,
                        532756,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 26
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.1.0.layers.1.conv_normal.net.0",
                    "params": [
                        24,
                        3932160,
                        12288,
                        1572864,
                        3072,
                        532760,
                        533048,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 27
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.1.0.layers.1.conv_normal.net.3",
                    "params": [
                        12,
                        1572864,
                        3072,
                        3938816,
                        12288,
                        533060,
                        533924,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 28
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.0.layers.1.conv_up.net.0",
                    "params": [
                        48,
                        4718592,
                        6144,
                        1572864,
                        512,
                        533932,
                        534316,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 29
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.1.0.layers.1.conv_up.net.3",
                    "params": [
                        8,
                        1572864,
                        512,
                        3938304,
                        12288,
                        534324,
                        534612,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 30
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.1.0.conv_last.net.0",
                    "params": [
                        64,
                        4718592,
                        6144,
                        3940352,
                        12288,
                        534616,
                        535128,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 31
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.1.1.layers.0.conv_normal.net.0",
                    "params": [
                        40,
                        3932160,
                        12288,
                        1572864,
                        3072,
                        535136,
                        535616,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 32
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.1.1.layers.0.conv_normal.net.3",
                    "params": [
                        12,
                        1572864,
                        3072,
                        3942912,
                        12288,
                        535628,
                        536492,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 33
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.1.layers.0.conv_up.net.0",
                    "params": [
                        64,
                        4718592,
                        6144,
                        1572864,
                        512,
                        536500,
                        537012,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 34
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.1.1.layers.0.conv_up.net.3",
                    "params": [
                        8,
                        1572864,
                        512,
                        3942400,
                        12288,
                        537020,
                        537308,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 35
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.1.1.layers.1.conv_normal.net.0",
                    "params": [
                        48,
                        3932160,
                        12288,
                        1859584,
                        3072,
                        537312,
                        537888,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 36
                    }
                },
                {
                    "pipeline": 2,
                    "label": "scale_flows.1.1.layers.1.conv_normal.net.3",
                    "params": [
                        12,
                        1859584,
                        3072,
                        1576064,
                        4480,
                        537900,
                        538764,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 37
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.1.layers.1.conv_up.net.0",
                    "params": [
                        80,
                        4718592,
                        6144,
                        1859584,
                        512,
                        538772,
                        539412,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 38
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.1.layers.1.conv_up.net.3",
                    "params": [
                        8,
                        1859584,
                        512,
                        1575936,
                        4480,
                        539420,
                        539708,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 39
                    }
                },
                {
                    "pipeline": 17,
                    "label": "scale_flows.1.1.layers.1.x.resize",
                    "params": [
                        48,
                        3932160,
                        12288,
                        1572864,
                        4480
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 12,
                        "argsSlot": 40
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.1.conv_last.net.0",
                    "params": [
                        96,
                        4718592,
                        6144,
                        1576448,
                        4480,
                        539712,
                        541248,
                        14
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 41
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.1.trans.net.0",
                    "params": [
                        70,
                        1572864,
                        4480,
                        1859584,
                        4288,
                        541264,
                        543784,
                        35
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 9,
                        "argsSlot": 42
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.2.layers.0.conv_normal.net.0",
                    "params": [
                        35,
                        1859584,
                        4288,
                        2134016,
                        1024,
                        543820,
                        544380,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 43
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.2.layers.0.conv_normal.net.3",
                    "params": [
                        16,
                        2134016,
                        1024,
                        1861824,
                        4288,
                        544396,
                        545548,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 44
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.2.layers.1.conv_normal.net.0",
                    "params": [
                        43,
                        1859584,
                        4288,
                        2134016,
                        1024,
                        545556,
                        546244,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 45
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.2.layers.1.conv_normal.net.3",
                    "params": [
                        16,
                        2134016,
                        1024,
                        1862336,
                        4288,
                        546260,
                        547412,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 46
                    }
                },
                {
                    "pipeline": 5,
                    "label": "classifier.2.m.0.net.0",
                    "params": [
                        51,
                        1859584,
                        4288,
                        2134016,
                        2048,
                        547420,
                        606172,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 47
                    }
                },
                {
                    "pipeline": 6,
                    "label": "classifier.2.m.1.net.0",
                    "params": [
                        128,
                        2134016,
                        2048,
                        2265088,
                        512,
                        606300,
                        753756,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 48
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.2.linear",
                    "params": [
                        2265088,
                        512,
                        2134016,
                        10,
                        753884,
                        755164
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 49
                    }
                },
                {
                    "pipeline": 18,
                    "label": "exit2",
                    "params": [
                        2134016,
                        10
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "pipeline": 19,
                    "label": "gather18",
                    "params": [
                        3932160,
                        12288,
                        3145728,
                        12288
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 48,
                        "argsSlot": 50
                    }
                },
                {
                    "pipeline": 20,
                    "label": "gather27",
                    "params": [
                        1572864,
                        4480,
                        4718592,
                        4480
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 18,
                        "argsSlot": 51
                    }
                },
                {
                    "pipeline": 21,
                    "label": "gather29",
                    "params": [
                        1859584,
                        4288,
                        5005312,
                        4288
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 13,
                        "argsSlot": 52
                    }
                },
                {
                    "pipeline": 10,
                    "label": "gather19",
                    "params": [
                        0,
                        24576,
                        1572864,
                        24576
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 53
                    }
                }
            ],
            "argsX": [
                24,
                16,
                32,
                3,
                2,
                2,
                1,
                3,
                2,
                2,
                1,
                2,
                3,
                2,
                2,
                1,
                3,
                2,
                2,
                1,
                12,
                4,
                9,
                4,
                2,
                4,
                2,
                32,
                32,
                1
            ],
            "argsBase": 20
        },
        {
            "exit": 3,
            "dispatches": [
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.3.layers.0.conv_normal.net.0",
                    "params": [
                        51,
                        5005312,
                        4288,
                        0,
                        1024,
                        755176,
                        755992,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 54
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.3.layers.0.conv_normal.net.3",
                    "params": [
                        16,
                        0,
                        1024,
                        5008576,
                        4288,
                        756008,
                        757160,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 55
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.3.layers.1.conv_normal.net.0",
                    "params": [
                        59,
                        5005312,
                        4288,
                        0,
                        1024,
                        757168,
                        758112,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 56
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.3.layers.1.conv_normal.net.3",
                    "params": [
                        16,
                        0,
                        1024,
                        5009088,
                        4288,
                        758128,
                        759280,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 57
                    }
                },
                {
                    "pipeline": 5,
                    "label": "classifier.3.m.0.net.0",
                    "params": [
                        67,
                        5005312,
                        4288,
                        0,
                        2048,
                        759288,
                        836472,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 58
                    }
                },
                {
                    "pipeline": 6,
                    "label": "classifier.3.m.1.net.0",
                    "params": [
                        128,
                        0,
                        2048,
                        131072,
                        512,
                        836600,
                        984056,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 59
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.3.linear",
                    "params": [
                        131072,
                        512,
                        0,
                        10,
                        984184,
                        985464
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 60
                    }
                },
                {
                    "pipeline": 22,
                    "label": "exit3",
                    "params": [
                        0,
                        10
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "pipeline": 19,
                    "label": "gather35",
                    "params": [
                        3145728,
                        12288,
                        3932160,
                        12288
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 48,
                        "argsSlot": 61
                    }
                },
                {
                    "pipeline": 20,
                    "label": "gather36",
                    "params": [
                        4718592,
                        4480,
                        3145728,
                        4480
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 18,
                        "argsSlot": 62
                    }
                },
                {
                    "pipeline": 23,
                    "label": "gather37",
                    "params": [
                        5005312,
                        4288,
                        3432448,
                        4288
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 17,
                        "argsSlot": 63
                    }
                },
                {
                    "pipeline": 10,
                    "label": "gather38",
                    "params": [
                        1572864,
                        24576,
                        0,
                        24576
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 64
                    }
                }
            ],
            "argsX": [
                48,
                18,
                13,
                32,
                4,
                2,
                4,
                2,
                32,
                32,
                1
            ],
            "argsBase": 50
        },
        {
            "exit": 4,
            "dispatches": [
                {
                    "pipeline": 24,
                    "label": "scale_flows.2.0.layers.0.conv_normal.net.0",
                    "params": [
                        8,
                        0,
                        24576,
                        1572864,
                        3072,
                        985476,
                        985508,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 65
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.2.0.layers.0.conv_normal.net.3",
                    "params": [
                        3,
                        1572864,
                        3072,
                        9216,
                        24576,
                        985512,
                        985620,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 66
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.2.0.layers.0.conv_up.net.0",
                    "params": [
                        16,
                        3932160,
                        12288,
                        1572864,
                        512,
                        985624,
                        985688,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 67
                    }
                },
                {
                    "pipeline": 25,
                    "label": "scale_flows.2.0.layers.0.conv_up.net.3",
                    "params": [
                        2,
                        1572864,
                        512,
                        8192,
                        24576,
                        985692,
                        985764,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 68
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.2.0.layers.1.conv_normal.net.0",
                    "params": [
                        12,
                        0,
                        24576,
                        1572864,
                        3072,
                        985768,
                        985816,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 69
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.2.0.layers.1.conv_normal.net.3",
                    "params": [
                        3,
                        1572864,
                        3072,
                        13312,
                        24576,
                        985820,
                        985928,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 70
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.2.0.layers.1.conv_up.net.0",
                    "params": [
                        24,
                        3932160,
                        12288,
                        1572864,
                        512,
                        985932,
                        986028,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 71
                    }
                },
                {
                    "pipeline": 25,
                    "label": "scale_flows.2.0.layers.1.conv_up.net.3",
                    "params": [
                        2,
                        1572864,
                        512,
                        12288,
                        24576,
                        986032,
                        986104,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 72
                    }
                },
                {
                    "pipeline": 26,
                    "label": "scale_flows.2.0.conv_last.net.0",
                    "params": [
                        32,
                        3932160,
                        12288,
                        16384,
                        24576,
                        986108,
                        986236,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 73
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.2.1.layers.0.conv_normal.net.0",
                    "params": [
                        20,
                        0,
                        24576,
                        1572864,
                        3072,
                        986240,
                        986320,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 74
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.2.1.layers.0.conv_normal.net.3",
                    "params": [
                        3,
                        1572864,
                        3072,
                        21504,
                        24576,
                        986324,
                        986432,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 75
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.2.1.layers.0.conv_up.net.0",
                    "params": [
                        40,
                        3932160,
                        12288,
                        1572864,
                        512,
                        986436,
                        986596,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 76
                    }
                },
                {
                    "pipeline": 25,
                    "label": "scale_flows.2.1.layers.0.conv_up.net.3",
                    "params": [
                        2,
                        1572864,
                        512,
                        20480,
                        24576,
                        986600,
                        986672,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 77
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.2.1.layers.1.conv_normal.net.0",
                    "params": [
                        24,
                        0,
                        24576,
                        2146304,
                        3072,
                        986676,
                        986772,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 78
                    }
                },
                {
                    "pipeline": 1,
                    "label": "scale_flows.2.1.layers.1.conv_normal.net.3",
                    "params": [
                        3,
                        2146304,
                        3072,
                        1579264,
                        8960,
                        986776,
                        986884,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 79
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.2.1.layers.1.conv_up.net.0",
                    "params": [
                        48,
                        3932160,
                        12288,
                        2146304,
                        512,
                        986888,
                        987080,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 80
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.1.layers.1.conv_up.net.3",
                    "params": [
                        2,
                        2146304,
                        512,
                        1579008,
                        8960,
                        987084,
                        987156,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 81
                    }
                },
                {
                    "pipeline": 27,
                    "label": "scale_flows.2.1.layers.1.x.resize",
                    "params": [
                        24,
                        0,
                        24576,
                        1572864,
                        8960
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 24,
                        "argsSlot": 82
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.2.1.conv_last.net.0",
                    "params": [
                        56,
                        3145728,
                        4480,
                        1580032,
                        8960,
                        987160,
                        987608,
                        7
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 83
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.2.1.trans.net.0",
                    "params": [
                        35,
                        1572864,
                        8960,
                        0,
                        8960,
                        987616,
                        988316,
                        17
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5,
                        "argsSlot": 84
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.2.2.layers.0.conv_normal.net.0",
                    "params": [
                        17,
                        0,
                        8960,
                        573440,
                        768,
                        988336,
                        988404,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 85
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.2.layers.0.conv_normal.net.3",
                    "params": [
                        3,
                        573440,
                        768,
                        4608,
                        8960,
                        988408,
                        988516,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 86
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.2.layers.0.conv_up.net.0",
                    "params": [
                        35,
                        3432448,
                        4288,
                        573440,
                        128,
                        988520,
                        988660,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 87
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.2.layers.0.conv_up.net.3",
                    "params": [
                        2,
                        573440,
                        128,
                        4352,
                        8960,
                        988664,
                        988736,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 88
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.2.2.layers.1.conv_normal.net.0",
                    "params": [
                        21,
                        0,
                        8960,
                        573440,
                        768,
                        988740,
                        988824,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 89
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.2.layers.1.conv_normal.net.3",
                    "params": [
                        3,
                        573440,
                        768,
                        5632,
                        8960,
                        988828,
                        988936,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 90
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.2.layers.1.conv_up.net.0",
                    "params": [
                        43,
                        3432448,
                        4288,
                        573440,
                        128,
                        988940,
                        989112,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 91
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.2.layers.1.conv_up.net.3",
                    "params": [
                        2,
                        573440,
                        128,
                        5376,
                        8960,
                        989116,
                        989188,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 92
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.2.2.conv_last.net.0",
                    "params": [
                        51,
                        3432448,
                        4288,
                        6400,
                        8960,
                        989192,
                        989600,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 93
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.2.3.layers.0.conv_normal.net.0",
                    "params": [
                        31,
                        0,
                        8960,
                        573440,
                        768,
                        989608,
                        989732,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 94
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.3.layers.0.conv_normal.net.3",
                    "params": [
                        3,
                        573440,
                        768,
                        8192,
                        8960,
                        989736,
                        989844,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 95
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.3.layers.0.conv_up.net.0",
                    "params": [
                        51,
                        3432448,
                        4288,
                        573440,
                        128,
                        989848,
                        990052,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 96
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.3.layers.0.conv_up.net.3",
                    "params": [
                        2,
                        573440,
                        128,
                        7936,
                        8960,
                        990056,
                        990128,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 97
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.2.3.layers.1.conv_normal.net.0",
                    "params": [
                        35,
                        0,
                        8960,
                        770048,
                        768,
                        990132,
                        990272,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 98
                    }
                },
                {
                    "pipeline": 2,
                    "label": "scale_flows.2.3.layers.1.conv_normal.net.3",
                    "params": [
                        3,
                        770048,
                        768,
                        575744,
                        3072,
                        990276,
                        990384,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 99
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.3.layers.1.conv_up.net.0",
                    "params": [
                        59,
                        3432448,
                        4288,
                        770048,
                        128,
                        990388,
                        990624,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 100
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.3.layers.1.conv_up.net.3",
                    "params": [
                        2,
                        770048,
                        128,
                        575680,
                        3072,
                        990628,
                        990700,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 101
                    }
                },
                {
                    "pipeline": 17,
                    "label": "scale_flows.2.3.layers.1.x.resize",
                    "params": [
                        35,
                        0,
                        8960,
                        573440,
                        3072
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 9,
                        "argsSlot": 102
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.3.conv_last.net.0",
                    "params": [
                        67,
                        3432448,
                        4288,
                        575936,
                        3072,
                        990704,
                        991508,
                        9
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 103
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.3.trans.net.0",
                    "params": [
                        48,
                        573440,
                        3072,
                        0,
                        2560,
                        991520,
                        992672,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 104
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.4.layers.0.conv_normal.net.0",
                    "params": [
                        24,
                        0,
                        2560,
                        163840,
                        256,
                        992696,
                        992792,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 105
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.4.layers.0.conv_normal.net.3",
                    "params": [
                        4,
                        163840,
                        256,
                        1536,
                        2560,
                        992796,
                        992940,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 106
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.4.layers.1.conv_normal.net.0",
                    "params": [
                        28,
                        0,
                        2560,
                        163840,
                        256,
                        992944,
                        993056,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 107
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.4.layers.1.conv_normal.net.3",
                    "params": [
                        4,
                        163840,
                        256,
                        1792,
                        2560,
                        993060,
                        993204,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 108
                    }
                },
                {
                    "pipeline": 5,
                    "label": "classifier.4.m.0.net.0",
                    "params": [
                        32,
                        0,
                        2560,
                        163840,
                        2048,
                        993208,
                        1030072,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 109
                    }
                },
                {
                    "pipeline": 6,
                    "label": "classifier.4.m.1.net.0",
                    "params": [
                        128,
                        163840,
                        2048,
                        294912,
                        512,
                        1030200,
                        1177656,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 110
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.4.linear",
                    "params": [
                        294912,
                        512,
                        163840,
                        10,
                        1177784,
                        1179064
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 111
                    }
                },
                {
                    "pipeline": 28,
                    "label": "exit4",
                    "params": [
                        163840,
                        10
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "pipeline": 29,
                    "label": "gather67",
                    "params": [
                        0,
                        2560,
                        163840,
                        2560
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 112
                    }
                }
            ],
            "argsX": [
                48,
                18,
                17,
                32,
                4,
                4,
                1,
                1,
                4,
                4,
                1,
                1,
                1,
                4,
                4,
                1,
                1,
                4,
                1,
                1,
                1,
                24,
                2,
                5,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                2,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                9,
                3,
                6,
                1,
                1,
                1,
                1,
                32,
                32,
                1
            ],
            "argsBase": 61
        },
        {
            "exit": 5,
            "dispatches": [
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.5.layers.0.conv_normal.net.0",
                    "params": [
                        32,
                        163840,
                        2560,
                        0,
                        256,
                        1179076,
                        1179204,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 113
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.5.layers.0.conv_normal.net.3",
                    "params": [
                        4,
                        0,
                        256,
                        165888,
                        2560,
                        1179208,
                        1179352,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 114
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.5.layers.1.conv_normal.net.0",
                    "params": [
                        36,
                        163840,
                        2560,
                        0,
                        256,
                        1179356,
                        1179500,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 115
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.5.layers.1.conv_normal.net.3",
                    "params": [
                        4,
                        0,
                        256,
                        166144,
                        2560,
                        1179504,
                        1179648,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 116
                    }
                },
                {
                    "pipeline": 5,
                    "label": "classifier.5.m.0.net.0",
                    "params": [
                        40,
                        163840,
                        2560,
                        0,
                        2048,
                        1179652,
                        1225732,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 117
                    }
                },
                {
                    "pipeline": 6,
                    "label": "classifier.5.m.1.net.0",
                    "params": [
                        128,
                        0,
                        2048,
                        131072,
                        512,
                        1225860,
                        1373316,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 118
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.5.linear",
                    "params": [
                        131072,
                        512,
                        0,
                        10,
                        1373444,
                        1374724
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 119
                    }
                },
                {
                    "pipeline": 30,
                    "label": "exit5",
                    "params": [
                        0,
                        10
                    ],
                    "grid": {
                        "kind": "single"
                    }
                }
            ],
            "argsX": [
                8,
                1,
                1,
                1,
                1,
                32,
                32,
                1
            ],
            "argsBase": 112
        }
    ],
    "paramsStride": 256
};
//# sourceMappingURL=plan.js.map