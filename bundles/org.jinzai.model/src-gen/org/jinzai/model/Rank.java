/**
 */
package org.jinzai.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Rank</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 職層: 主事, 主任, 係長, 課長補佐, 課長, 部長. 係長 and above are managers/supervisors (管理監督職).
 * <!-- end-model-doc -->
 * @see org.jinzai.model.JinzaiPackage#getRank()
 * @model
 * @generated
 */
public enum Rank implements Enumerator {
	/**
	 * The '<em><b>SHUJI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHUJI_VALUE
	 * @generated
	 * @ordered
	 */
	SHUJI(0, "SHUJI", "SHUJI"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SHUNIN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHUNIN_VALUE
	 * @generated
	 * @ordered
	 */
	SHUNIN(1, "SHUNIN", "SHUNIN"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KAKARICHO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KAKARICHO_VALUE
	 * @generated
	 * @ordered
	 */
	KAKARICHO(2, "KAKARICHO", "KAKARICHO"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KACHO HOSA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KACHO_HOSA_VALUE
	 * @generated
	 * @ordered
	 */
	KACHO_HOSA(3, "KACHO_HOSA", "KACHO_HOSA"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KACHO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KACHO_VALUE
	 * @generated
	 * @ordered
	 */
	KACHO(4, "KACHO", "KACHO"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>BUCHO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUCHO_VALUE
	 * @generated
	 * @ordered
	 */
	BUCHO(5, "BUCHO", "BUCHO"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SHUJI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHUJI
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SHUJI_VALUE = 0;

	/**
	 * The '<em><b>SHUNIN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHUNIN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SHUNIN_VALUE = 1;

	/**
	 * The '<em><b>KAKARICHO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KAKARICHO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KAKARICHO_VALUE = 2;

	/**
	 * The '<em><b>KACHO HOSA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KACHO_HOSA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KACHO_HOSA_VALUE = 3;

	/**
	 * The '<em><b>KACHO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KACHO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KACHO_VALUE = 4;

	/**
	 * The '<em><b>BUCHO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUCHO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BUCHO_VALUE = 5;

	/**
	 * An array of all the '<em><b>Rank</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Rank[] VALUES_ARRAY =
		new Rank[] {
			SHUJI,
			SHUNIN,
			KAKARICHO,
			KACHO_HOSA,
			KACHO,
			BUCHO,
		};

	/**
	 * A public read-only list of all the '<em><b>Rank</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Rank> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Rank</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Rank get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Rank result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Rank</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Rank getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Rank result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Rank</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Rank get(int value) {
		switch (value) {
			case SHUJI_VALUE: return SHUJI;
			case SHUNIN_VALUE: return SHUNIN;
			case KAKARICHO_VALUE: return KAKARICHO;
			case KACHO_HOSA_VALUE: return KACHO_HOSA;
			case KACHO_VALUE: return KACHO;
			case BUCHO_VALUE: return BUCHO;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private Rank(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //Rank
